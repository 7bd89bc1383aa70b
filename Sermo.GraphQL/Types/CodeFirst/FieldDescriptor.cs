using System.Reflection;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types.CodeFirst;

namespace Sermo.GraphQL.Types;

/// <summary>Configures one field of a code-first type: a member of the bound .NET type named with
/// <c>Field(x =&gt; x.Member)</c>, or a field of its own made with <c>Field("name")</c>.</summary>
public sealed class FieldDescriptor
{
    internal FieldDescriptor(MemberInfo? member, string? fieldName, string source)
    {
        Member = member;
        FieldName = fieldName;
        Source = source;
    }

    internal MemberInfo? Member { get; }
    internal string? FieldName { get; }

    /// <summary>Where the field was declared, for errors naming both places of a clash.</summary>
    internal string Source { get; }

    internal string? NameValue { get; private set; }
    internal string? DescriptionValue { get; private set; }
    internal string? DeprecationReasonValue { get; private set; }
    internal DeclaredType? DeclaredType { get; private set; }
    internal FieldResolver? ResolverValue { get; private set; }
    internal Delegate? ResolverDelegate { get; private set; }
    internal SubscriptionResolver? SubscriberValue { get; private set; }
    internal List<FieldMiddleware> MiddlewareList { get; } = [];
    internal Dictionary<string, object?> MetadataValues { get; } = new(StringComparer.Ordinal);
    internal List<Authorization.AuthorizeRequirement> AuthorizationList { get; } = [];
    internal List<(string Name, DeclaredType Type, string? Description, object? DefaultValue)> ArgumentList { get; } = [];

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
        DeclaredType = new DeclaredType.Sdl(typeReference);
        return this;
    }

    public FieldDescriptor Type(GraphQLType type)
    {
        DeclaredType = new DeclaredType.Built(type);
        return this;
    }

    /// <summary>The field's type written in C#: <c>Type&lt;NonNull&lt;ListOf&lt;NonNull&lt;BookType&gt;&gt;&gt;&gt;()</c>
    /// (see <see cref="NonNull{T}"/> for what may be referenced).</summary>
    public FieldDescriptor Type<TReference>()
    {
        DeclaredType = new DeclaredType.Clr(typeof(TReference));
        return this;
    }

    /// <summary>Declares an argument for a field resolved with <see cref="Resolve(FieldResolver)"/> (which reads
    /// it from <see cref="IResolverContext.Arguments"/>); its type written as in SDL.</summary>
    public FieldDescriptor Argument(string name, string typeReference, string? description = null, object? defaultValue = null)
    {
        ArgumentList.Add((name, new DeclaredType.Sdl(typeReference), description, defaultValue));
        return this;
    }

    /// <summary>Declares an argument whose type is written in C# (<c>Argument&lt;NonNull&lt;IdType&gt;&gt;("id")</c>).</summary>
    public FieldDescriptor Argument<TReference>(string name, string? description = null, object? defaultValue = null)
    {
        ArgumentList.Add((name, new DeclaredType.Clr(typeof(TReference)), description, defaultValue));
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

    /// <summary>Resolves with a delegate whose parameters are bound like a resolver method's (by the builder's
    /// <see cref="IResolverParameterInjector"/>s, else as GraphQL arguments by name); it may return a value, Task or
    /// ValueTask. The field's type and arguments are inferred from it unless given.</summary>
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

    /// <summary>Only callers meeting <paramref name="requirement"/> read this field; it is checked before the resolver,
    /// together with every requirement of the field's type and interfaces. Several calls must all pass.</summary>
    public FieldDescriptor Authorize(Authorization.AuthorizeRequirement requirement)
    {
        AuthorizationList.Add(requirement);
        return this;
    }

    /// <summary>Only authenticated callers read this field.</summary>
    public FieldDescriptor Authorize() => Authorize(Authorization.AuthorizeRequirement.Authenticated);

    /// <summary>Only callers in one of <paramref name="roles"/> read this field.</summary>
    public FieldDescriptor AuthorizeRoles(params string[] roles) => Authorize(Authorization.AuthorizeRequirement.ForRoles(roles));

    /// <summary>Only callers the host's <paramref name="policy"/> admits read this field; the policy sees the parent object.</summary>
    public FieldDescriptor AuthorizePolicy(string policy) => Authorize(Authorization.AuthorizeRequirement.ForPolicy(policy));
}
