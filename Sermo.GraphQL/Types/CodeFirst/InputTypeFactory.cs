using System.ComponentModel;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Makes input object types of .NET classes and records: a field per constructor parameter and per
/// settable public property (<see cref="GraphQLIgnoreAttribute"/> leaves one out), and the compiled factory
/// that makes the .NET value from coerced fields.</summary>
internal sealed class InputTypeFactory(SchemaBuildContext context, TypeReferenceResolver types)
{
    private readonly Dictionary<Type, InputObjectType> _byClr = [];

    public OutputTypeFactory Outputs { get; set; } = null!;

    public GraphQLType? InputType(ClrTypeReference reference, string where) =>
        TypeReferenceResolver.Wrap(reference, clr => NamedType(clr, where));

    public NamedType? NamedType(Type clr, string where)
    {
        if (context.ScalarsByClr.TryGetValue(clr, out var scalar))
            return scalar;
        if (clr.IsEnum)
            return Outputs.EnumType(clr);
        if (_byClr.TryGetValue(clr, out var existing))
            return existing;
        if (OutputTypeFactory.IsBindableClass(clr))
            return CreateInputObjectType(clr);
        context.Report($"{where}: the .NET type {clr.Name} cannot be an input type; use a class, record, enum or scalar.");
        return null;
    }

    /// <summary>Makes the .NET value of a bound input class from coerced fields; null for other types.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? FactoryFor(Type clr) =>
        _byClr.TryGetValue(clr, out var input) ? input.CreateValue : null;

    private InputObjectType CreateInputObjectType(Type clr)
    {
        var name = clr.GetCustomAttribute<GraphQLNameAttribute>()?.Name
            ?? (Naming.TypeName(clr) is var typeName && typeName.EndsWith("Input", StringComparison.Ordinal) ? typeName : typeName + "Input");
        var type = new InputObjectType(name, Naming.Description(clr)) { IsOneOf = clr.GetCustomAttribute<OneOfAttribute>() is not null };
        _byClr[clr] = type;
        context.Register(type, clr);
        context.Later(() => FillFields(type, clr));
        return type;
    }

    private void FillFields(InputObjectType type, Type clr)
    {
        var constructor = clr.GetConstructor(Type.EmptyTypes)
            ?? clr.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null && !clr.IsValueType)
        {
            context.Report($"Input type {type.Name}: {clr.Name} has no public constructor.");
            return;
        }
        var properties = clr.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var constructorParameters = constructor?.GetParameters() ?? [];
        var bindings = new List<InputFieldBinding>();

        foreach (var parameter in constructorParameters)
        {
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            MemberInfo source = (MemberInfo?)property ?? clr;
            if (property is not null && Naming.IsIgnored(property))
            {
                bindings.Add(new InputFieldBinding(null, parameter.ParameterType, null, parameter.HasDefaultValue ? DefaultValues.OfParameter(parameter) : DefaultValues.OfType(parameter.ParameterType)));
                continue;
            }
            var name = property is not null ? Naming.FieldName(property) : Naming.ArgumentName(parameter);
            var description = Naming.Description(parameter) ?? (property is null ? null : Naming.Description(property));
            var hasDefault = parameter.HasDefaultValue;
            var defaultValue = hasDefault ? DefaultValues.OfParameter(parameter) : null;
            AddField(type, name, description, source, parameter.ParameterType, context.Nullability.Create(parameter), hasDefault, defaultValue,
                parameter.GetCustomAttribute<GraphQLTypeAttribute>());
            bindings.Add(new InputFieldBinding(name, parameter.ParameterType, null, hasDefault ? defaultValue : DefaultValues.OfType(parameter.ParameterType)));
        }
        foreach (var property in properties)
        {
            if (property.SetMethod is not { IsPublic: true } || Naming.IsIgnored(property)
                || constructorParameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
                continue;
            var name = Naming.FieldName(property);
            var defaultAttribute = property.GetCustomAttribute<DefaultValueAttribute>();
            AddField(type, name, Naming.Description(property), property, property.PropertyType, context.Nullability.Create(property),
                defaultAttribute is not null, defaultAttribute?.Value);
            bindings.Add(new InputFieldBinding(name, property.PropertyType, property, null));
        }
        type.CreateValue = InputObjectFactory.Compile(clr, constructor, bindings, FactoryFor);
    }

    /// <param name="declared">A <see cref="GraphQLTypeAttribute"/> on a constructor parameter, which a record's property does not inherit.</param>
    private void AddField(InputObjectType type, string name, string? description, MemberInfo source, Type clrType, NullabilityInfo nullability, bool hasDefault, object? defaultValue,
        GraphQLTypeAttribute? declared = null)
    {
        var where = $"{type.Name}.{name}";
        var reference = ClrTypeReference.From(clrType, nullability);
        if (type.IsOneOf || (hasDefault && defaultValue is null))
            reference = reference with { IsNonNull = false };
        var field = new InputValue(name, Scalars.String, description) { DeprecationReason = Naming.DeprecationReason(source) };
        if (!type.FieldMap.TryAdd(field))
        {
            context.Report($"Field \"{where}\" can only be defined once.");
            return;
        }
        types.Resolve((declared ?? source.GetCustomAttribute<GraphQLTypeAttribute>())?.Declared, () => InputType(reference, where), isInput: true, where, fieldType =>
        {
            field.Type = fieldType;
            if (hasDefault)
                field.DefaultValue = DefaultValues.Literal(defaultValue, fieldType, where, context);
        });
    }
}
