using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3: every variable an operation uses (including inside its fragments) is defined by it.</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : WholeOperationVisitor
    {
        protected override void Check(OperationDefinitionNode operation)
        {
            var usages = context.GetRecursiveVariableUsages(operation);
            // Most operations use no variables: then there is nothing to look up.
            if (usages.Count == 0)
                return;
            var defined = operation.VariableDefinitions.Select(definition => definition.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in usages)
            {
                var name = usage.Node.Name.Value;
                if (defined.Contains(name))
                    continue;
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node, operation);
            }
        }
    }
}
