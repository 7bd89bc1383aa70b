using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Types;

/// <summary>The introspection system (spec 4): the <c>__</c> types, whose resolvers read our type-system
/// classes, and the meta fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>. The types hold no schema
/// state (a resolver finds the schema in its context), so every schema shares them.</summary>
public static class Introspection
{
    public static readonly ObjectType SchemaType = new("__Schema", "What a GraphQL service offers: its types, the root type of each operation, and its directives.");
    public static readonly ObjectType TypeType = new("__Type", "Any type of the schema. `kind` tells which fields apply: names and descriptions for named types, `ofType` for lists and non-null wrappers, fields, values or members for the kinds that have them.");
    public static readonly ObjectType FieldType = new("__Field", "A field of an object or interface type, with its arguments and return type.");
    public static readonly ObjectType InputValueType = new("__InputValue", "An argument of a field or directive, or a field of an input object, with its type and default value.");
    public static readonly ObjectType EnumValueType = new("__EnumValue", "One of the values of an enum type.");
    public static readonly ObjectType DirectiveType = new("__Directive", "A directive the service understands: where it may be applied and the arguments it takes.");
    public static readonly EnumType TypeKindType = new("__TypeKind", "Which kind of type a `__Type` describes.");
    public static readonly EnumType DirectiveLocationType = new("__DirectiveLocation", "A place in a document or schema where a directive may be applied.");

    /// <summary>Every introspection type, in the order the schema's type map lists them.</summary>
    public static readonly IReadOnlyList<NamedType> Types = [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static readonly OutputField SchemaField = new("__schema", new NonNullType(SchemaType), "The schema of this service.")
    {
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static readonly OutputField TypeField = CreateTypeField();

    /// <summary><c>__typename: String!</c>, available on every object, interface and union type.</summary>
    public static readonly OutputField TypeNameField = new("__typename", new NonNullType(Scalars.String), "The name of the object type of this value.")
    {
        Resolver = context => new ValueTask<object?>(context.ObjectType.Name),
    };

    static Introspection()
    {
        DefineSchema();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineDirective();
        DefineEnumValues(TypeKindType, Enum.GetValues<TypeKind>(), TypeKindName);
        DefineEnumValues(DirectiveLocationType, Enum.GetValues<DirectiveLocation>(), location => location.ToString());
    }

    public static bool IsIntrospectionType(NamedType type) => Types.Contains(type);

    private static OutputField CreateTypeField()
    {
        var field = new OutputField("__type", TypeType, "The type of that name, or null when the schema has none.")
        {
            Resolver = context => new ValueTask<object?>(
                context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.GetType(typeName) : null),
        };
        field.ArgumentMap.TryAdd(new InputValue("name", new NonNullType(Scalars.String)));
        return field;
    }

    private static void DefineSchema()
    {
        Add<Schema>(SchemaType, "description", Scalars.String, schema => schema.Description);
        Add<Schema>(SchemaType, "types", NonNullList(TypeType), schema => schema.Types, "Every named type of the schema.");
        Add<Schema>(SchemaType, "queryType", new NonNullType(TypeType), schema => schema.QueryType, "The root type of query operations.");
        Add<Schema>(SchemaType, "mutationType", TypeType, schema => schema.MutationType, "The root type of mutation operations, if the schema supports them.");
        Add<Schema>(SchemaType, "subscriptionType", TypeType, schema => schema.SubscriptionType, "The root type of subscription operations, if the schema supports them.");
        Add<Schema>(SchemaType, "directives", NonNullList(DirectiveType), schema => schema.Directives, "Every directive the schema supports.");
    }

    private static void DefineType()
    {
        Add<GraphQLType>(TypeType, "kind", new NonNullType(TypeKindType), type => type.Kind);
        Add<GraphQLType>(TypeType, "name", Scalars.String, type => (type as NamedType)?.Name);
        Add<GraphQLType>(TypeType, "description", Scalars.String, type => (type as NamedType)?.Description);
        Add<GraphQLType>(TypeType, "specifiedByURL", Scalars.String, type => (type as ScalarType)?.SpecifiedByUrl);
        AddWithIncludeDeprecated<GraphQLType>(TypeType, "fields", new ListType(new NonNullType(FieldType)), (type, includeDeprecated) =>
            type is ComplexType complex ? complex.Fields.Where(field => includeDeprecated || !field.IsDeprecated).ToList() : null);
        Add<GraphQLType>(TypeType, "interfaces", new ListType(new NonNullType(TypeType)), type => (type as ComplexType)?.Interfaces);
        Add<GraphQLType>(TypeType, "possibleTypes", new ListType(new NonNullType(TypeType)), (type, context) =>
            type is InterfaceType or UnionType ? context.Schema.GetPossibleTypes((NamedType)type) : null);
        AddWithIncludeDeprecated<GraphQLType>(TypeType, "enumValues", new ListType(new NonNullType(EnumValueType)), (type, includeDeprecated) =>
            type is EnumType enumType ? enumType.Values.Where(value => includeDeprecated || !value.IsDeprecated).ToList() : null);
        AddWithIncludeDeprecated<GraphQLType>(TypeType, "inputFields", new ListType(new NonNullType(InputValueType)), (type, includeDeprecated) =>
            type is InputObjectType input ? input.Fields.Where(field => includeDeprecated || !field.IsDeprecated).ToList() : null);
        Add<GraphQLType>(TypeType, "ofType", TypeType, type => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add<GraphQLType>(TypeType, "isOneOf", Scalars.Boolean, type => (type as InputObjectType)?.IsOneOf);
    }

    private static void DefineField()
    {
        Add<OutputField>(FieldType, "name", new NonNullType(Scalars.String), field => field.Name);
        Add<OutputField>(FieldType, "description", Scalars.String, field => field.Description);
        AddWithIncludeDeprecated<OutputField>(FieldType, "args", NonNullList(InputValueType), (field, includeDeprecated) =>
            field.Arguments.Where(argument => includeDeprecated || !argument.IsDeprecated).ToList());
        Add<OutputField>(FieldType, "type", new NonNullType(TypeType), field => field.Type);
        Add<OutputField>(FieldType, "isDeprecated", new NonNullType(Scalars.Boolean), field => field.IsDeprecated);
        Add<OutputField>(FieldType, "deprecationReason", Scalars.String, field => field.DeprecationReason);
    }

    private static void DefineInputValue()
    {
        Add<InputValue>(InputValueType, "name", new NonNullType(Scalars.String), value => value.Name);
        Add<InputValue>(InputValueType, "description", Scalars.String, value => value.Description);
        Add<InputValue>(InputValueType, "type", new NonNullType(TypeType), value => value.Type);
        Add<InputValue>(InputValueType, "defaultValue", Scalars.String, PrintDefaultValue,
            "The default value as a GraphQL literal, or null when there is none.");
        Add<InputValue>(InputValueType, "isDeprecated", new NonNullType(Scalars.Boolean), value => value.IsDeprecated);
        Add<InputValue>(InputValueType, "deprecationReason", Scalars.String, value => value.DeprecationReason);
    }

    private static void DefineEnumValue()
    {
        Add<EnumValue>(EnumValueType, "name", new NonNullType(Scalars.String), value => value.Name);
        Add<EnumValue>(EnumValueType, "description", Scalars.String, value => value.Description);
        Add<EnumValue>(EnumValueType, "isDeprecated", new NonNullType(Scalars.Boolean), value => value.IsDeprecated);
        Add<EnumValue>(EnumValueType, "deprecationReason", Scalars.String, value => value.DeprecationReason);
    }

    private static void DefineDirective()
    {
        Add<DirectiveDefinition>(DirectiveType, "name", new NonNullType(Scalars.String), directive => directive.Name);
        Add<DirectiveDefinition>(DirectiveType, "description", Scalars.String, directive => directive.Description);
        Add<DirectiveDefinition>(DirectiveType, "isRepeatable", new NonNullType(Scalars.Boolean), directive => directive.IsRepeatable);
        Add<DirectiveDefinition>(DirectiveType, "locations", NonNullList(DirectiveLocationType), directive => directive.Locations);
        AddWithIncludeDeprecated<DirectiveDefinition>(DirectiveType, "args", NonNullList(InputValueType), (directive, includeDeprecated) =>
            directive.Arguments.Where(argument => includeDeprecated || !argument.IsDeprecated).ToList());
    }

    private static string? PrintDefaultValue(InputValue value) =>
        value.DefaultValue is { } literal ? Printer.Print(ValueLiterals.Normalize(literal, value.Type)) : null;

    private static string TypeKindName(TypeKind kind) => kind switch
    {
        Sermo.GraphQL.Types.TypeKind.InputObject => "INPUT_OBJECT",
        Sermo.GraphQL.Types.TypeKind.NonNull => "NON_NULL",
        _ => kind.ToString().ToUpperInvariant(),
    };

    private static void DefineEnumValues<TEnum>(EnumType type, TEnum[] values, Func<TEnum, string> name) where TEnum : struct, Enum
    {
        foreach (var value in values)
            type.ValueMap.TryAdd(new EnumValue(name(value), value));
    }

    private static GraphQLType NonNullList(NamedType itemType) => new NonNullType(new ListType(new NonNullType(itemType)));

    private static void Add<TParent>(ObjectType owner, string name, GraphQLType type, Func<TParent, object?> resolve, string? description = null) =>
        Add<TParent>(owner, name, type, (parent, _) => resolve(parent), description);

    private static void Add<TParent>(ObjectType owner, string name, GraphQLType type, Func<TParent, IResolverContext, object?> resolve, string? description = null)
    {
        var field = new OutputField(name, type, description)
        {
            Resolver = context => new ValueTask<object?>(resolve((TParent)context.Parent!, context)),
        };
        owner.FieldMap.TryAdd(field);
    }

    /// <summary>A list field with <c>includeDeprecated: Boolean = false</c>.</summary>
    private static void AddWithIncludeDeprecated<TParent>(ObjectType owner, string name, GraphQLType type, Func<TParent, bool, object?> resolve)
    {
        Add<TParent>(owner, name, type, (parent, context) =>
            resolve(parent, context.Arguments.TryGetValue("includeDeprecated", out var include) && include is true));
        owner.Fields[name]!.ArgumentMap.TryAdd(new InputValue("includeDeprecated", Scalars.Boolean)
        {
            DefaultValue = new BooleanValueNode(false),
        });
    }
}
