using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Input object and enum types written in SDL for a code-first schema (generated ones, such as a data
/// layer's filter inputs): parsed when given, made when the schema is built, the types their fields name looked up
/// among the schema's types once every type exists. A definition given again with the same text is the same type
/// (several generated parts may each bring a shared enum); a different definition of a taken name is a problem.</summary>
internal sealed class SdlTypeDefinitions
{
    private readonly Dictionary<string, (TypeDefinitionNode Node, string Text)> _definitions = new(StringComparer.Ordinal);
    private readonly List<string> _conflicts = [];

    /// <summary>Takes the definitions of <paramref name="sdl"/>; throws <see cref="GraphQLSyntaxException"/> for text
    /// that does not parse and <see cref="ArgumentException"/> for anything but input object and enum definitions.</summary>
    public void Add(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            if (definition is not (InputObjectTypeDefinitionNode or EnumTypeDefinitionNode) || ((TypeDefinitionNode)definition).IsExtension)
                throw new ArgumentException($"Only input object and enum type definitions can be added as SDL; found {definition.Kind}.", nameof(sdl));
            var node = (TypeDefinitionNode)definition;
            var text = Printer.Print(node);
            if (!_definitions.TryAdd(node.Name.Value, (node, text)) && _definitions[node.Name.Value].Text != text)
                _conflicts.Add(node.Name.Value);
        }
    }

    /// <summary>Makes and registers the types; their input fields are filled once every type of the schema exists.</summary>
    public void Create(SchemaBuildContext context)
    {
        foreach (var name in _conflicts.Distinct())
            context.Report($"The type \"{name}\" is added as SDL twice, with different definitions.");
        foreach (var (node, _) in _definitions.Values)
        {
            switch (node)
            {
                case EnumTypeDefinitionNode enumNode:
                    context.Register(CreateEnum(enumNode, context), null);
                    break;
                case InputObjectTypeDefinitionNode inputNode:
                    var input = new InputObjectType(inputNode.Name.Value, inputNode.Description?.Value)
                    {
                        SyntaxNode = inputNode,
                        AppliedDirectives = SdlSchemaConstruction.AppliedDirectivesOf([inputNode]),
                        IsOneOf = SdlSchemaConstruction.FindDirective(inputNode, Directives.OneOf) is not null,
                    };
                    context.Register(input, null);
                    context.AfterTypes(() => FillFields(input, inputNode, context));
                    break;
            }
        }
    }

    private static EnumType CreateEnum(EnumTypeDefinitionNode node, SchemaBuildContext context)
    {
        var type = new EnumType(node.Name.Value, node.Description?.Value)
        {
            SyntaxNode = node,
            AppliedDirectives = SdlSchemaConstruction.AppliedDirectivesOf([node]),
        };
        foreach (var valueNode in node.Values)
        {
            var value = new EnumValue(valueNode.Name.Value, valueNode.Name.Value, valueNode.Description?.Value)
            {
                SyntaxNode = valueNode,
                DeprecationReason = SdlSchemaConstruction.DeprecationReasonOf(valueNode),
                AppliedDirectives = SdlSchemaConstruction.AppliedDirectivesOf([valueNode]),
            };
            if (!type.ValueMap.TryAdd(value))
                context.Report($"Enum value \"{type.Name}.{value.Name}\" can only be defined once.");
        }
        return type;
    }

    private static void FillFields(InputObjectType input, InputObjectTypeDefinitionNode node, SchemaBuildContext context)
    {
        foreach (var fieldNode in node.Fields)
        {
            if (Resolve(fieldNode.Type, context) is not { } type)
            {
                context.Report($"The input field \"{input.Name}.{fieldNode.Name.Value}\" (added as SDL) names the type \"{Printer.Print(fieldNode.Type)}\", "
                    + "which is not a type of the schema: add it (a C# enum with AddType<TEnum>()) or correct the name.");
                continue;
            }
            var field = new InputValue(fieldNode.Name.Value, type, fieldNode.Description?.Value)
            {
                DefaultValue = fieldNode.DefaultValue,
                SyntaxNode = fieldNode,
                DeprecationReason = SdlSchemaConstruction.DeprecationReasonOf(fieldNode),
                AppliedDirectives = SdlSchemaConstruction.AppliedDirectivesOf([fieldNode]),
            };
            if (!input.FieldMap.TryAdd(field))
                context.Report($"Field \"{input.Name}.{field.Name}\" can only be defined once.");
        }
    }

    private static GraphQLType? Resolve(TypeNode node, SchemaBuildContext context) => node switch
    {
        NamedTypeNode named => context.FindByName(named.Name.Value),
        ListTypeNode list => Resolve(list.Type, context) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Resolve(nonNull.Type, context) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
