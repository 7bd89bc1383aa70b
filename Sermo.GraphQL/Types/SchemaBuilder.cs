using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types.CodeFirst;

namespace Sermo.GraphQL.Types;

/// <summary>Builds a schema from C# types (code-first). Binding is explicit: a class or C# interface exposes only
/// the members its descriptor names (<c>t.Field(x =&gt; x.Name)</c>) or that carry <see cref="GraphQLFieldAttribute"/>,
/// camelCased, nullability from C# annotations. C# interfaces become interface types (or unions with
/// <see cref="GraphQLUnionAttribute"/>), enums become enum types with UPPER_SNAKE values, classes taken as resolver
/// parameters become input objects. Each type has at most one configuration; other parts of the application add
/// fields with extensions. Resolvers are compiled once, at <see cref="Build"/>.
/// <code>
/// var schema = new SchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddType&lt;PhysicianType&gt;()               // an ObjectTypeConfiguration&lt;Physician&gt;
///     .ExtendObjectType&lt;Physician&gt;(t =&gt; t.Field("cases").ResolveWith(...))
///     .UseFieldMiddleware(authorize)
///     .Build();
/// </code></summary>
public sealed class SchemaBuilder
{
    private readonly CodeFirstRegistry _registry = new();

    /// <summary>The query type bound to <typeparamref name="T"/>: its marked members, and those <paramref name="configure"/> names.</summary>
    public SchemaBuilder AddQueryType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) => AddRoot(RootKind.Query, configure);

    /// <summary>A query type made only of descriptor fields (<c>q =&gt; q.Field("hello").Type("String!").Resolve(_ =&gt; "world")</c>).</summary>
    public SchemaBuilder AddQueryType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot(RootKind.Query, configure);

    /// <summary>A query type whose fields all come from <see cref="ExtendObjectType(string, Action{ObjectTypeDescriptor{object}})"/>.</summary>
    public SchemaBuilder AddQueryType() => AddRoot<object>(RootKind.Query, null);

    public SchemaBuilder AddMutationType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) => AddRoot(RootKind.Mutation, configure);

    public SchemaBuilder AddMutationType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot(RootKind.Mutation, configure);

    public SchemaBuilder AddMutationType() => AddRoot<object>(RootKind.Mutation, null);

    /// <summary>Methods returning IAsyncEnumerable&lt;T&gt; become subscription fields of type T (each event is the value);
    /// see <see cref="SubscribeAttribute"/> to resolve events with a method of their own.</summary>
    public SchemaBuilder AddSubscriptionType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) => AddRoot(RootKind.Subscription, configure);

    public SchemaBuilder AddSubscriptionType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot(RootKind.Subscription, configure);

    public SchemaBuilder AddSubscriptionType() => AddRoot<object>(RootKind.Subscription, null);

    /// <summary>Adds a class (object type), C# interface (interface or union type) or enum, with the types it references;
    /// or an <see cref="ObjectTypeConfiguration{T}"/> or <see cref="ObjectTypeExtension{T}"/> class (made with its
    /// parameterless constructor). Object types implementing an interface or union must be added (or referenced)
    /// to be among its possible types.</summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <inheritdoc cref="AddType{T}()"/>
    public SchemaBuilder AddType(Type type)
    {
        if (TypeReferenceResolver.ConfiguredType(type) is { } configured)
        {
            if (_registry.ConfigurationClasses.Add(type))
                ApplyConfigurationClass(type, configured, isExtension: false);
            return this;
        }
        if (TypeReferenceResolver.ExtendedType(type) is { } extended)
        {
            ApplyConfigurationClass(type, extended, isExtension: true);
            return this;
        }
        _registry.OutputTypes.Add(type);
        return this;
    }

    /// <summary>The one configuration of the object type (or, for a C# interface, interface type) bound to
    /// <typeparamref name="T"/>; a second configuration of it fails the build.</summary>
    public SchemaBuilder AddObjectType<T>(Action<ObjectTypeDescriptor<T>> configure)
    {
        var descriptor = new ObjectTypeDescriptor<T>(null, ConfigurationSource.Of(configure), isExtension: false);
        configure(descriptor);
        _registry.Configurations.Add(descriptor);
        return AddType(typeof(T));
    }

    /// <summary>Adds fields (and metadata) to the type bound to <typeparamref name="T"/>, which must be in the schema.
    /// Any number of extensions may add to one type; a field name given twice fails the build, naming both places.</summary>
    public SchemaBuilder ExtendObjectType<T>(Action<ObjectTypeDescriptor<T>> configure)
    {
        var descriptor = new ObjectTypeDescriptor<T>(null, ConfigurationSource.Of(configure), isExtension: true);
        configure(descriptor);
        _registry.Extensions.Add(descriptor);
        return this;
    }

    /// <summary>Adds descriptor fields to the object type of that GraphQL name (a root made of descriptor fields, typically).</summary>
    public SchemaBuilder ExtendObjectType(string typeName, Action<ObjectTypeDescriptor<object>> configure)
    {
        var descriptor = new ObjectTypeDescriptor<object>(null, ConfigurationSource.Of(configure), isExtension: true, typeName);
        configure(descriptor);
        _registry.Extensions.Add(descriptor);
        return this;
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

    /// <summary>Input object and enum types written in SDL, such as the filter and sort inputs a data layer generates.
    /// The types their fields name (scalars, enums, other inputs) are looked up among the schema's types at
    /// <see cref="Build"/>, so a C# enum named there must be in the schema (<c>AddType&lt;TEnum&gt;()</c>). A definition
    /// given again with the same text is taken once; a different definition of a taken name fails the build. Throws
    /// <see cref="Language.GraphQLSyntaxException"/> for text that does not parse and <see cref="ArgumentException"/>
    /// for anything but input object and enum definitions.</summary>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        _registry.SdlTypes.Add(sdl);
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

    /// <summary>A kind of resolver parameter to fill in (asked before the built-in kinds, in the order added).</summary>
    public SchemaBuilder AddParameterInjector(IResolverParameterInjector injector)
    {
        _registry.ParameterInjectors.Add(injector);
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
        var name = typeof(T).GetCustomAttributes(typeof(GraphQLNameAttribute), false) is [GraphQLNameAttribute named] ? named.Name : kind.ToString();
        var source = configure is null ? $"Add{kind}Type<{typeof(T).Name}>" : ConfigurationSource.Of(configure);
        var descriptor = new ObjectTypeDescriptor<T>(name, source, isExtension: false);
        configure?.Invoke(descriptor);
        _registry.Roots.Add((kind, descriptor));
        if (typeof(T) != typeof(object))
            _registry.Configurations.Add(descriptor);
        return this;
    }

    /// <summary>Runs an <see cref="ObjectTypeConfiguration{T}"/> or <see cref="ObjectTypeExtension{T}"/> class made with its parameterless constructor.</summary>
    private void ApplyConfigurationClass(Type configurationClass, Type runtimeType, bool isExtension)
    {
        if (configurationClass.IsAbstract || configurationClass.GetConstructor(Type.EmptyTypes) is null)
            throw new ArgumentException($"{configurationClass.Name} needs a public parameterless constructor to be added by type.", nameof(configurationClass));
        var descriptor = ((IConfigurationClass)Activator.CreateInstance(configurationClass)!).Describe();
        if (isExtension)
        {
            _registry.Extensions.Add(descriptor);
        }
        else
        {
            _registry.Configurations.Add(descriptor);
            _registry.OutputTypes.Add(runtimeType);
        }
    }
}
