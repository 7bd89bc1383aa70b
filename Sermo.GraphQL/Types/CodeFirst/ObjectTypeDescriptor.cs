using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Types;

/// <summary>Configures (or extends) the object or interface type bound to <typeparamref name="T"/>: its name,
/// description, metadata, and the fields it exposes. Only the members named here with <c>Field(x =&gt; x.Member)</c>
/// or marked <see cref="GraphQLFieldAttribute"/> are fields: nothing else of <typeparamref name="T"/> is ever exposed.</summary>
public sealed class ObjectTypeDescriptor<T> : ObjectTypeDescriptor
{
    internal ObjectTypeDescriptor(string? defaultName, string source, bool isExtension, string? extendedName = null)
        : base(typeof(T), defaultName, source, isExtension, extendedName)
    {
    }

    public new ObjectTypeDescriptor<T> Name(string name)
    {
        base.Name(name);
        return this;
    }

    public new ObjectTypeDescriptor<T> Description(string description)
    {
        base.Description(description);
        return this;
    }

    public new ObjectTypeDescriptor<T> Metadata(string key, object? value)
    {
        base.Metadata(key, value);
        return this;
    }

    public new ObjectTypeDescriptor<T> Authorize(Authorization.AuthorizeRequirement requirement)
    {
        base.Authorize(requirement);
        return this;
    }

    public new ObjectTypeDescriptor<T> Authorize() => Authorize(Authorization.AuthorizeRequirement.Authenticated);

    public new ObjectTypeDescriptor<T> AuthorizeRoles(params string[] roles) => Authorize(Authorization.AuthorizeRequirement.ForRoles(roles));

    public new ObjectTypeDescriptor<T> AuthorizePolicy(string policy) => Authorize(Authorization.AuthorizeRequirement.ForPolicy(policy));

    public new ObjectTypeDescriptor<T> Implements<TInterface>()
    {
        base.Implements<TInterface>();
        return this;
    }

    /// <summary>Exposes a property or method of <typeparamref name="T"/> as a field (<c>t.Field(a =&gt; a.Name)</c>;
    /// a method's arguments in the expression are placeholders: <c>t.Field(a =&gt; a.Greeting(default!))</c>).</summary>
    public FieldDescriptor Field<TResult>(Expression<Func<T, TResult>> member) => FieldFor(MemberOf(member.Body));

    private static MemberInfo MemberOf(Expression body) => body switch
    {
        MemberExpression { Member: PropertyInfo property } => property,
        MethodCallExpression call => call.Method,
        UnaryExpression { NodeType: ExpressionType.Convert } convert => MemberOf(convert.Operand),
        _ => throw new ArgumentException($"Expected a property or method of {typeof(T).Name}, got: {body}.", nameof(body)),
    };
}

/// <summary>The configuration or extension of a code-first type, whatever its .NET type.</summary>
public abstract class ObjectTypeDescriptor
{
    private protected ObjectTypeDescriptor(Type runtimeType, string? defaultName, string source, bool isExtension, string? extendedName)
    {
        RuntimeType = runtimeType;
        NameValue = defaultName;
        Source = source;
        IsExtension = isExtension;
        ExtendedName = extendedName;
    }

    internal Type RuntimeType { get; }

    /// <summary>Where this configuration was written (a class, or the method holding the lambda).</summary>
    internal string Source { get; }

    /// <summary>True for an extension: it adds fields and metadata, and may not name or describe the type.</summary>
    internal bool IsExtension { get; }

    /// <summary>For an extension of a type found by GraphQL name (a root made of descriptor fields): that name.</summary>
    internal string? ExtendedName { get; }

    internal string? NameValue { get; private set; }
    internal bool IsRenamed { get; private set; }
    internal string? DescriptionValue { get; private set; }
    internal Dictionary<string, object?> MetadataValues { get; } = new(StringComparer.Ordinal);
    internal List<Authorization.AuthorizeRequirement> AuthorizationList { get; } = [];
    internal List<FieldDescriptor> FieldList { get; } = [];
    internal List<Type> ImplementedList { get; } = [];

    public ObjectTypeDescriptor Name(string name)
    {
        NameValue = name;
        IsRenamed = true;
        return this;
    }

    public ObjectTypeDescriptor Description(string description)
    {
        DescriptionValue = description;
        return this;
    }

    public ObjectTypeDescriptor Metadata(string key, object? value)
    {
        MetadataValues[key] = value;
        return this;
    }

    /// <summary>Every field of this type (and, for an interface, of each implementation) requires
    /// <paramref name="requirement"/>, checked before the field's resolver. An extension may add requirements too:
    /// they only ever narrow who reads the type.</summary>
    public ObjectTypeDescriptor Authorize(Authorization.AuthorizeRequirement requirement)
    {
        AuthorizationList.Add(requirement);
        return this;
    }

    public ObjectTypeDescriptor Authorize() => Authorize(Authorization.AuthorizeRequirement.Authenticated);

    public ObjectTypeDescriptor AuthorizeRoles(params string[] roles) => Authorize(Authorization.AuthorizeRequirement.ForRoles(roles));

    public ObjectTypeDescriptor AuthorizePolicy(string policy) => Authorize(Authorization.AuthorizeRequirement.ForPolicy(policy));

    /// <summary>The object type implements the interface type bound to the C# interface <typeparamref name="TInterface"/>
    /// although its .NET type does not implement it (a domain entity outside the API's reach, such as a Relay
    /// <c>Node</c>). The object type must declare the interface's fields itself; values are told apart by their .NET type.</summary>
    public ObjectTypeDescriptor Implements<TInterface>()
    {
        if (!typeof(TInterface).IsInterface)
            throw new ArgumentException($"{typeof(TInterface).Name} is not a C# interface; Implements takes the interface an interface type is bound to.", nameof(TInterface));
        if (!ImplementedList.Contains(typeof(TInterface)))
            ImplementedList.Add(typeof(TInterface));
        return this;
    }

    /// <summary>A field of this name that no member backs: give it a type (or a <c>ResolveWith</c> delegate to
    /// infer it from) and a resolver. Asking again for the same name in this descriptor returns the same field.</summary>
    public FieldDescriptor Field(string name)
    {
        var existing = FieldList.FirstOrDefault(field => field.FieldName == name);
        if (existing is not null)
            return existing;
        var field = new FieldDescriptor(null, name, Source);
        FieldList.Add(field);
        return field;
    }

    private protected FieldDescriptor FieldFor(MemberInfo member)
    {
        var existing = FieldList.FirstOrDefault(field => field.Member is not null && field.Member.HasSameMetadataDefinitionAs(member));
        if (existing is not null)
            return existing;
        var field = new FieldDescriptor(member, null, Source);
        FieldList.Add(field);
        return field;
    }
}
