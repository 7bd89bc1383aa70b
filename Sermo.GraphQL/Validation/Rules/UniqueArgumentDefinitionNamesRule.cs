using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: a field or directive definition defines each argument once.</summary>
public sealed class UniqueArgumentDefinitionNamesRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DirectiveDefinitionNode directive:
                    Check($"@{directive.Name.Value}", directive.Arguments);
                    break;
                case ComplexTypeDefinitionNode complex:
                    foreach (var field in complex.Fields)
                        Check($"{complex.Name.Value}.{field.Name.Value}", field.Arguments);
                    break;
            }
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        private void Check(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                    context.ReportError($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", group.Select(argument => argument.Name));
            }
        }
    }
}
