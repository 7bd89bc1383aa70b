using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Types;

/// <summary>Configures the object (or interface) type bound to <typeparamref name="T"/> where attributes don't fit:
/// its name, description, metadata, and each field.</summary>
public sealed class ObjectTypeDescriptor<T> : ObjectTypeDescriptor
{
    internal ObjectTypeDescriptor(string? defaultName) : base(typeof(T), defaultName)
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

    /// <summary>The field inferred from a property or method of <typeparamref name="T"/> (<c>t.Field(a => a.Name)</c>).</summary>
    public FieldDescriptor Field<TResult>(Expression<Func<T, TResult>> member) => FieldFor(MemberOf(member.Body));

    public ObjectTypeDescriptor<T> Ignore<TResult>(Expression<Func<T, TResult>> member)
    {
        FieldFor(MemberOf(member.Body)).Ignore();
        return this;
    }

    private static MemberInfo MemberOf(Expression body) => body switch
    {
        MemberExpression { Member: PropertyInfo property } => property,
        MethodCallExpression call => call.Method,
        UnaryExpression { NodeType: ExpressionType.Convert } convert => MemberOf(convert.Operand),
        _ => throw new ArgumentException($"Expected a property or method of {typeof(T).Name}, got: {body}.", nameof(body)),
    };
}

/// <summary>The configuration of a code-first type, whatever its .NET type.</summary>
public abstract class ObjectTypeDescriptor
{
    private protected ObjectTypeDescriptor(Type runtimeType, string? defaultName)
    {
        RuntimeType = runtimeType;
        NameValue = defaultName;
    }

    internal Type RuntimeType { get; }
    internal string? NameValue { get; private set; }
    internal string? DescriptionValue { get; private set; }
    internal Dictionary<string, object?> MetadataValues { get; } = new(StringComparer.Ordinal);
    internal List<FieldDescriptor> FieldList { get; } = [];

    public ObjectTypeDescriptor Name(string name)
    {
        NameValue = name;
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

    /// <summary>The field of that GraphQL name: an inferred one to configure, or a new one (give it a type and a resolver).</summary>
    public FieldDescriptor Field(string name)
    {
        var existing = FieldList.FirstOrDefault(field => field.FieldName == name);
        if (existing is not null)
            return existing;
        var field = new FieldDescriptor(null, name);
        FieldList.Add(field);
        return field;
    }

    private protected FieldDescriptor FieldFor(MemberInfo member)
    {
        var existing = FieldList.FirstOrDefault(field => field.Member == member);
        if (existing is not null)
            return existing;
        var field = new FieldDescriptor(member, null);
        FieldList.Add(field);
        return field;
    }
}
