using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types.CodeFirst;

namespace Sermo.GraphQL.Types;

/// <summary>Builds a schema from C# types (code-first). Classes become object types (public properties and
/// methods are fields, camelCased; C# nullable annotations decide nullability), C# interfaces become interface
/// types (or unions with <see cref="GraphQLUnionAttribute"/>), enums become enum types with UPPER_SNAKE values,
/// classes taken as method parameters become input objects. Resolvers are compiled once, at <see cref="Build"/>.
/// <code>
/// var schema = new SchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddMutationType&lt;Mutation&gt;()
///     .AddType&lt;Book&gt;()
///     .UseFieldMiddleware(authorize)
///     .Build();
/// </code></summary>
public sealed class SchemaBuilder
{
    private readonly CodeFirstRegistry _registry = new();

    public SchemaBuilder AddQueryType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) =>
        AddRoot(RootKind.Query, configure);

    /// <summary>A query type made only of descriptor fields (<c>q => q.Field("hello").Type("String!").Resolve(_ => "world")</c>).</summary>
    public SchemaBuilder AddQueryType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot(RootKind.Query, configure);

    public SchemaBuilder AddMutationType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) =>
        AddRoot(RootKind.Mutation, configure);

    public SchemaBuilder AddMutationType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot(RootKind.Mutation, configure);

    /// <summary>Methods returning IAsyncEnumerable&lt;T&gt; become subscription fields of type T (each event is the value);
    /// see <see cref="SubscribeAttribute"/> to resolve events with a method of their own.</summary>
    public SchemaBuilder AddSubscriptionType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) =>
        AddRoot(RootKind.Subscription, configure);

    public SchemaBuilder AddSubscriptionType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot(RootKind.Subscription, configure);

    /// <summary>Adds a class (object type), C# interface (interface or union type) or enum, with the types it references.
    /// Object types implementing an interface or union must be added (or referenced) to be among its possible types.</summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    public SchemaBuilder AddType(Type type)
    {
        _registry.OutputTypes.Add(type);
        return this;
    }

    public SchemaBuilder AddObjectType<T>(Action<ObjectTypeDescriptor<T>> configure)
    {
        var descriptor = new ObjectTypeDescriptor<T>(null);
        configure(descriptor);
        _registry.Descriptors[typeof(T)] = descriptor;
        return AddType(typeof(T));
    }

    /// <summary>Adds a class as an input object type (classes used as resolver parameters are added without this).</summary>
    public SchemaBuilder AddInputType<T>()
    {
        _registry.InputTypes.Add(typeof(T));
        return this;
    }

    /// <summary>Adds a scalar; with <paramref name="runtimeType"/>, properties and parameters of that .NET type use it.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar, Type? runtimeType = null)
    {
        _registry.Scalars.Add((scalar, runtimeType));
        return this;
    }

    /// <summary>A type built by hand (or shared with another schema), found by name from type references.</summary>
    public SchemaBuilder AddType(NamedType type)
    {
        _registry.PrebuiltTypes.Add(type);
        return this;
    }

    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        _registry.Directives.Add(directive);
        return this;
    }

    /// <summary>Middleware wrapped around every field's resolver (outside the field's own middleware): authorization, logging.</summary>
    public SchemaBuilder UseFieldMiddleware(FieldMiddleware middleware)
    {
        _registry.FieldMiddleware.Add(middleware);
        return this;
    }

    public SchemaBuilder Description(string description)
    {
        _registry.Description = description;
        return this;
    }

    /// <summary>Builds the schema and validates it; throws <see cref="SchemaValidationException"/> with every problem.</summary>
    public Schema Build()
    {
        var schema = new CodeFirstSchemaFactory(_registry).Create();
        SchemaValidator.ThrowIfInvalid(schema);
        return schema;
    }

    private SchemaBuilder AddRoot<T>(RootKind kind, Action<ObjectTypeDescriptor<T>>? configure)
    {
        var descriptor = new ObjectTypeDescriptor<T>(typeof(T).GetCustomAttributes(typeof(GraphQLNameAttribute), false) is [GraphQLNameAttribute named] ? named.Name : kind.ToString());
        configure?.Invoke(descriptor);
        _registry.Roots[kind] = descriptor;
        return this;
    }
}
