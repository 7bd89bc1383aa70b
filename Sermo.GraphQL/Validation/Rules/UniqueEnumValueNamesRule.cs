using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: an enum defines each value once, across its definition and extensions and the schema being extended.</summary>
public sealed class UniqueEnumValueNamesRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _knownByType = new(StringComparer.Ordinal);

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is EnumTypeDefinitionNode enumNode)
            {
                var typeName = enumNode.Name.Value;
                if (!_knownByType.TryGetValue(typeName, out var known))
                    _knownByType[typeName] = known = new(StringComparer.Ordinal);
                var existing = context.SchemaToExtend?.GetType(typeName) as EnumType;
                foreach (var value in enumNode.Values)
                {
                    var valueName = value.Name.Value;
                    if (existing is not null && existing.Values.Contains(valueName))
                        context.ReportError($"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.", value.Name);
                    else if (known.TryGetValue(valueName, out var first))
                        context.ReportError($"Enum value \"{typeName}.{valueName}\" can only be defined once.", first, value.Name);
                    else
                        known[valueName] = value.Name;
                }
            }
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }
    }
}
