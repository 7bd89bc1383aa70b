using System.Reflection;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types;

/// <summary>Configures one field of a code-first type: a field inferred from a property or method, or a new one.</summary>
public sealed class FieldDescriptor
{
    internal FieldDescriptor(MemberInfo? member, string? fieldName)
    {
        Member = member;
        FieldName = fieldName;
    }

    internal MemberInfo? Member { get; }
    internal string? FieldName { get; }
    internal string? NameValue { get; private set; }
    internal string? DescriptionValue { get; private set; }
    internal string? DeprecationReasonValue { get; private set; }
    internal string? TypeReference { get; private set; }
    internal GraphQLType? TypeValue { get; private set; }
    internal FieldResolver? ResolverValue { get; private set; }
    internal Delegate? ResolverDelegate { get; private set; }
    internal SubscriptionResolver? SubscriberValue { get; private set; }
    internal bool IsIgnored { get; private set; }
    internal List<FieldMiddleware> MiddlewareList { get; } = [];
    internal Dictionary<string, object?> MetadataValues { get; } = new(StringComparer.Ordinal);
    internal List<(string Name, string TypeReference, string? Description, object? DefaultValue)> ArgumentList { get; } = [];

    public FieldDescriptor Name(string name)
    {
        NameValue = name;
        return this;
    }

    public FieldDescriptor Description(string description)
    {
        DescriptionValue = description;
        return this;
    }

    public FieldDescriptor Deprecated(string? reason = null)
    {
        DeprecationReasonValue = reason ?? Directives.DefaultDeprecationReason;
        return this;
    }

    /// <summary>The field's type written as in SDL (<c>"[Book!]!"</c>); named types are found by name at build.</summary>
    public FieldDescriptor Type(string typeReference)
    {
        TypeReference = typeReference;
        return this;
    }

    public FieldDescriptor Type(GraphQLType type)
    {
        TypeValue = type;
        return this;
    }

    /// <summary>Declares an argument for a field resolved with <see cref="Resolve(FieldResolver)"/> (which reads
    /// it from <see cref="IResolverContext.Arguments"/>).</summary>
    public FieldDescriptor Argument(string name, string typeReference, string? description = null, object? defaultValue = null)
    {
        ArgumentList.Add((name, typeReference, description, defaultValue));
        return this;
    }

    public FieldDescriptor Resolve(FieldResolver resolver)
    {
        ResolverValue = resolver;
        ResolverDelegate = null;
        return this;
    }

    public FieldDescriptor Resolve(Func<IResolverContext, object?> resolver) =>
        Resolve(context => new ValueTask<object?>(resolver(context)));

    /// <summary>Resolves with a delegate whose parameters are bound like a resolver method's (GraphQL arguments
    /// by name, IResolverContext, CancellationToken, ClaimsPrincipal, DataLoaders, [Service], [Parent]); it may return a value, Task or ValueTask.
    /// The field's type and arguments are inferred from it unless given.</summary>
    public FieldDescriptor ResolveWith(Delegate resolver)
    {
        ResolverDelegate = resolver;
        ResolverValue = null;
        return this;
    }

    /// <summary>The source stream of a subscription field; each event is then resolved by the field's resolver (by default: the event itself).</summary>
    public FieldDescriptor Subscribe(SubscriptionResolver subscriber)
    {
        SubscriberValue = subscriber;
        return this;
    }

    /// <summary>Wraps the resolver; several calls wrap in order, the first outermost.</summary>
    public FieldDescriptor Use(FieldMiddleware middleware)
    {
        MiddlewareList.Add(middleware);
        return this;
    }

    public FieldDescriptor Metadata(string key, object? value)
    {
        MetadataValues[key] = value;
        return this;
    }

    public FieldDescriptor Ignore()
    {
        IsIgnored = true;
        return this;
    }
}
