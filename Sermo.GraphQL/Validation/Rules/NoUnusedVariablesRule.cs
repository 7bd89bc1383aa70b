using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4: every variable an operation defines is used by it (including inside its fragments).</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : WholeOperationVisitor
    {
        protected override void Check(OperationDefinitionNode operation)
        {
            // Most operations define no variables: then there is nothing to look up.
            if (operation.VariableDefinitions.Count == 0)
                return;
            var used = context.GetRecursiveVariableUsages(operation).Select(usage => usage.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name))
                    continue;
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
