using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Makes the output type of a .NET type when it is first met: scalar mapping, enum, interface, union or
/// object type, named and described by its configuration or attributes. Fields are filled later by
/// <see cref="OutputFieldFactory"/>, so types may refer to each other.</summary>
internal sealed class OutputTypeFactory(SchemaBuildContext context, CodeFirstRegistry registry)
{
    private readonly Dictionary<Type, NamedType> _byClr = [];

    public OutputFieldFactory Fields { get; set; } = null!;

    public List<(ObjectType Type, Type Clr)> Objects { get; } = [];
    public List<(InterfaceType Type, Type Clr)> Interfaces { get; } = [];
    public List<(UnionType Type, Type Clr)> Unions { get; } = [];

    /// <summary>Interfaces an object type's descriptors declare with <c>Implements</c> (its .NET type need not implement them).</summary>
    public List<(ObjectType Type, InterfaceType Interface)> DeclaredImplementations { get; } = [];

    public NamedType? Bound(Type clr) => _byClr.GetValueOrDefault(clr);

    public GraphQLType? OutputType(ClrTypeReference reference, string where) =>
        TypeReferenceResolver.Wrap(reference, clr => NamedType(clr, where));

    public NamedType? NamedType(Type clr, string where)
    {
        if (context.ScalarsByClr.TryGetValue(clr, out var scalar))
        {
            // A file goes from client to server only: no response can carry one.
            if (scalar is ScalarTypes.UploadType)
                context.Report($"{where}: {scalar.Name} is an input type; a field cannot return a file.");
            return scalar;
        }
        if (_byClr.TryGetValue(clr, out var existing))
            return existing;
        if (clr.IsEnum)
            return EnumType(clr);
        if (clr.IsInterface && clr.GetCustomAttribute<GraphQLUnionAttribute>() is not null)
            return CreateUnionType(clr);
        if (clr.IsInterface)
            return CreateInterfaceType(clr);
        if (IsBindableClass(clr))
            return CreateObjectType(clr, registry.ConfigurationOf(clr), isSubscription: false);
        context.Report($"{where}: the .NET type {clr.Name} has no GraphQL type; map it with AddScalar or give the type with [GraphQLType].");
        return null;
    }

    public static bool IsBindableClass(Type clr) =>
        (clr.IsClass || (clr.IsValueType && !clr.IsPrimitive)) && clr != typeof(object) && !clr.IsAbstract
        && !typeof(Delegate).IsAssignableFrom(clr) && !typeof(Task).IsAssignableFrom(clr) && !clr.IsGenericTypeDefinition
        && !ClrTypeReference.ImplementsGeneric(clr, typeof(IDictionary<,>)) && !ClrTypeReference.ImplementsGeneric(clr, typeof(IReadOnlyDictionary<,>));

    /// <summary>An object type; <paramref name="clr"/> is <c>object</c> for a root made only of descriptor fields.</summary>
    public ObjectType CreateObjectType(Type clr, ObjectTypeDescriptor? configuration, bool isSubscription)
    {
        var type = new ObjectType(configuration?.NameValue ?? Naming.TypeName(clr), configuration?.DescriptionValue ?? Naming.Description(clr));
        if (clr != typeof(object))
        {
            type.RuntimeType = clr;
            type.IsTypeOf = clr.IsInstanceOfType;
            _byClr[clr] = type;
            Objects.Add((type, clr));
        }
        CopyMetadata(clr, configuration, type);
        context.Register(type, clr);
        DeclareImplementations(type, clr, configuration);
        context.Later(() => Fields.Fill(type, clr, configuration, isSubscription));
        return type;
    }

    private void DeclareImplementations(ObjectType type, Type clr, ObjectTypeDescriptor? configuration)
    {
        IEnumerable<ObjectTypeDescriptor> descriptors = registry.ExtensionsOf(clr, type.Name);
        if (configuration is not null)
            descriptors = descriptors.Prepend(configuration);
        foreach (var descriptor in descriptors)
        {
            foreach (var implemented in descriptor.ImplementedList)
            {
                var where = $"{descriptor.Source}: Implements<{implemented.Name}>";
                switch (NamedType(implemented, where))
                {
                    case InterfaceType interfaceType:
                        DeclaredImplementations.Add((type, interfaceType));
                        break;
                    case { } other:
                        context.Report($"{where} names {other.Name}, which is not an interface type.");
                        break;
                }
            }
        }
    }

    private InterfaceType CreateInterfaceType(Type clr)
    {
        var configuration = registry.ConfigurationOf(clr);
        var type = new InterfaceType(configuration?.NameValue ?? Naming.TypeName(clr), configuration?.DescriptionValue ?? Naming.Description(clr));
        _byClr[clr] = type;
        Interfaces.Add((type, clr));
        CopyMetadata(clr, configuration, type);
        context.Register(type, clr);
        context.Later(() => Fields.Fill(type, clr, configuration, isSubscription: false));
        return type;
    }

    private UnionType CreateUnionType(Type clr)
    {
        var type = new UnionType(Naming.TypeName(clr), Naming.Description(clr));
        _byClr[clr] = type;
        Unions.Add((type, clr));
        CopyMetadata(clr, null, type);
        context.Register(type, clr);
        return type;
    }

    /// <summary>The enum type of a .NET enum (shared by input and output positions); every member not
    /// <see cref="GraphQLIgnoreAttribute"/>d is a value.</summary>
    public EnumType EnumType(Type clr)
    {
        if (_byClr.TryGetValue(clr, out var existing))
            return (EnumType)existing;
        var type = new EnumType(Naming.TypeName(clr), Naming.Description(clr)) { RuntimeType = clr };
        foreach (var member in clr.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (Naming.IsIgnored(member))
                continue;
            var value = new EnumValue(Naming.EnumValueName(member), member.GetValue(null)!, Naming.Description(member))
            {
                DeprecationReason = Naming.DeprecationReason(member),
            };
            if (!type.ValueMap.TryAdd(value))
                context.Report($"Enum value \"{type.Name}.{value.Name}\" can only be defined once (from {clr.Name}.{member.Name}).");
        }
        _byClr[clr] = type;
        context.Register(type, clr);
        return type;
    }

    private static void CopyMetadata(MemberInfo source, ObjectTypeDescriptor? configuration, IHasMetadata target)
    {
        foreach (var attribute in source.GetCustomAttributes<GraphQLMetadataAttribute>())
            target.Metadata[attribute.Key] = attribute.Value;
        if (configuration is null)
            return;
        foreach (var (key, value) in configuration.MetadataValues)
            target.Metadata[key] = value;
        if (target is ComplexType complex)
            complex.DeclaredAuthorization.AddRange(configuration.AuthorizationList);
    }
}
