using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>SDL: a type extension extends a type that exists (in the document or the schema being extended)
/// and is of the same kind.</summary>
public sealed class PossibleTypeExtensionsRule : ISdlValidationRule
{
    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly SdlValidationContext _context;
        private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(SdlValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode { IsExtension: false } type)
                    _definedTypes[type.Name.Value] = type;
            }
        }

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is TypeDefinitionNode { IsExtension: true } extension)
                Check(extension);
            return node is DefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        private void Check(TypeDefinitionNode extension)
        {
            var typeName = extension.Name.Value;
            var definition = _definedTypes.GetValueOrDefault(typeName);
            TypeKind? expected = definition is not null ? KindOf(definition) : _context.SchemaToExtend?.GetType(typeName)?.Kind;
            if (expected is { } kind)
            {
                if (kind == KindOf(extension))
                    return;
                var message = $"Cannot extend non-{KindName(extension)} type \"{typeName}\".";
                if (definition is not null)
                    _context.ReportError(message, definition, extension);
                else
                    _context.ReportError(message, extension);
                return;
            }
            var hint = _context.DidYouMean(() =>
                Suggestions.Closest(typeName, _definedTypes.Keys.Concat(_context.SchemaToExtend?.Types.Select(type => type.Name) ?? []).Distinct()));
            _context.ReportError(
                $"Cannot extend type \"{typeName}\" because it is not defined.{hint}",
                extension.Name);
        }

        private static TypeKind KindOf(TypeDefinitionNode node) => node switch
        {
            ScalarTypeDefinitionNode => TypeKind.Scalar,
            ObjectTypeDefinitionNode => TypeKind.Object,
            InterfaceTypeDefinitionNode => TypeKind.Interface,
            UnionTypeDefinitionNode => TypeKind.Union,
            EnumTypeDefinitionNode => TypeKind.Enum,
            _ => TypeKind.InputObject,
        };

        private static string KindName(TypeDefinitionNode node) => node switch
        {
            ScalarTypeDefinitionNode => "scalar",
            ObjectTypeDefinitionNode => "object",
            InterfaceTypeDefinitionNode => "interface",
            UnionTypeDefinitionNode => "union",
            EnumTypeDefinitionNode => "enum",
            _ => "input object",
        };
    }
}
