using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: an object, interface or input object type defines each field once, across its definition
/// and extensions and the schema being extended.</summary>
public sealed class UniqueFieldDefinitionNamesRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _knownByType = new(StringComparer.Ordinal);

        public override VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                case ComplexTypeDefinitionNode complex:
                    Check(complex.Name.Value, complex.Fields.Select(field => field.Name));
                    break;
                case InputObjectTypeDefinitionNode inputObject:
                    Check(inputObject.Name.Value, inputObject.Fields.Select(field => field.Name));
                    break;
            }
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        private void Check(string typeName, IEnumerable<NameNode> fieldNames)
        {
            if (!_knownByType.TryGetValue(typeName, out var known))
                _knownByType[typeName] = known = new(StringComparer.Ordinal);
            var existing = context.SchemaToExtend?.GetType(typeName);
            foreach (var fieldName in fieldNames)
            {
                var name = fieldName.Value;
                if (ExistingHasField(existing, name))
                    context.ReportError($"Field \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.", fieldName);
                else if (known.TryGetValue(name, out var first))
                    context.ReportError($"Field \"{typeName}.{name}\" can only be defined once.", first, fieldName);
                else
                    known[name] = fieldName;
            }
        }

        private static bool ExistingHasField(NamedType? type, string name) => type switch
        {
            ComplexType complex => complex.Fields.Contains(name),
            InputObjectType inputObject => inputObject.Fields.Contains(name),
            _ => false,
        };
    }
}
