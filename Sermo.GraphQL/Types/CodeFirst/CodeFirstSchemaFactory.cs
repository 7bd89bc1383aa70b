using System.Collections.Concurrent;
using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>One run of <see cref="SchemaBuilder.Build"/>: maps .NET types to GraphQL types as they are met
/// (a referenced type gets its shell at once and its fields later, so cycles are fine), compiles resolvers,
/// then links interfaces, unions and type references by name. Problems are collected and thrown together.</summary>
internal sealed class CodeFirstSchemaFactory(CodeFirstRegistry registry)
{
    private static readonly FieldResolver EventItself = context => new ValueTask<object?>(context.Parent);

    private static readonly HashSet<string> ObjectMethodNames = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "CompareTo"];

    private readonly NullabilityInfoContext _nullability = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<Type, ScalarType> _scalarsByClr = DefaultScalarBindings();
    private readonly Dictionary<Type, NamedType> _outputByClr = [];
    private readonly Dictionary<Type, InputObjectType> _inputByClr = [];
    private readonly Dictionary<string, (NamedType Type, Type? Clr)> _byName = new(StringComparer.Ordinal);
    private readonly List<NamedType> _created = [];
    private readonly List<(ObjectType Type, Type Clr)> _objects = [];
    private readonly List<(InterfaceType Type, Type Clr)> _interfaces = [];
    private readonly List<(UnionType Type, Type Clr)> _unions = [];
    private readonly Queue<Action> _pending = new();
    private readonly List<Action> _afterTypes = [];

    public Schema Create()
    {
        foreach (var (scalar, runtimeType) in registry.Scalars)
        {
            Register(scalar, null);
            if (runtimeType is not null)
                _scalarsByClr[runtimeType] = scalar;
        }
        foreach (var type in registry.PrebuiltTypes)
            Register(type, null);

        var roots = new Dictionary<RootKind, ObjectType>();
        foreach (var (kind, descriptor) in registry.Roots)
            roots[kind] = CreateObjectType(descriptor.RuntimeType, descriptor, kind == RootKind.Subscription);
        foreach (var type in registry.OutputTypes)
            OutputNamedType(type, $"AddType<{type.Name}>");
        foreach (var type in registry.InputTypes)
            InputNamedType(type, $"AddInputType<{type.Name}>");

        while (_pending.TryDequeue(out var fill))
            fill();
        foreach (var action in _afterTypes)
            action();
        LinkAbstractTypes();
        ApplySchemaMiddleware();

        if (_errors.Count > 0)
            throw new SchemaValidationException(_errors);
        return SchemaAssembly.Assemble(
            roots.GetValueOrDefault(RootKind.Query),
            roots.GetValueOrDefault(RootKind.Mutation),
            roots.GetValueOrDefault(RootKind.Subscription),
            _created,
            [.. Directives.Specified, .. registry.Directives],
            registry.Description);
    }

    private static Dictionary<Type, ScalarType> DefaultScalarBindings() => new()
    {
        [typeof(string)] = Scalars.String,
        [typeof(char)] = Scalars.String,
        [typeof(bool)] = Scalars.Boolean,
        [typeof(int)] = Scalars.Int,
        [typeof(short)] = Scalars.Int,
        [typeof(ushort)] = Scalars.Int,
        [typeof(byte)] = Scalars.Int,
        [typeof(sbyte)] = Scalars.Int,
        [typeof(long)] = Scalars.Long,
        [typeof(uint)] = Scalars.Long,
        [typeof(double)] = Scalars.Float,
        [typeof(float)] = Scalars.Float,
        [typeof(decimal)] = Scalars.Float,
        [typeof(Guid)] = Scalars.Uuid,
        [typeof(DateTimeOffset)] = Scalars.DateTime,
        [typeof(DateTime)] = Scalars.DateTime,
        [typeof(DateOnly)] = Scalars.Date,
        [typeof(Uri)] = Scalars.Url,
    };

    private void Report(string message) => _errors.Add(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed }));

    private void Register(NamedType type, Type? clr)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing.Type, type))
                Report($"Two types are named \"{type.Name}\" ({existing.Clr?.Name ?? "given"} and {clr?.Name ?? "given"}): rename one with [GraphQLName].");
            return;
        }
        _byName[type.Name] = (type, clr);
        _created.Add(type);
    }

    private NamedType? FindByName(string name)
    {
        if (_byName.TryGetValue(name, out var found))
            return found.Type;
        return Scalars.Find(name);
    }

    // ---- output types ----

    private NamedType? OutputNamedType(Type clr, string where)
    {
        if (_scalarsByClr.TryGetValue(clr, out var scalar))
            return scalar;
        if (_outputByClr.TryGetValue(clr, out var existing))
            return existing;
        if (clr.IsEnum)
            return CreateEnumType(clr);
        if (clr.IsInterface && clr.GetCustomAttribute<GraphQLUnionAttribute>() is not null)
            return CreateUnionType(clr);
        if (clr.IsInterface)
            return CreateInterfaceType(clr);
        if (IsBindableClass(clr))
            return CreateObjectType(clr, registry.Descriptors.GetValueOrDefault(clr), isSubscription: false);
        Report($"{where}: the .NET type {clr.Name} has no GraphQL type; map it with AddScalar or give the type with [GraphQLType].");
        return null;
    }

    private static bool IsBindableClass(Type clr) =>
        (clr.IsClass || (clr.IsValueType && !clr.IsPrimitive)) && clr != typeof(object) && !clr.IsAbstract
        && !typeof(Delegate).IsAssignableFrom(clr) && !typeof(Task).IsAssignableFrom(clr) && !clr.IsGenericTypeDefinition
        && !ClrTypeReference.ImplementsGeneric(clr, typeof(IDictionary<,>)) && !ClrTypeReference.ImplementsGeneric(clr, typeof(IReadOnlyDictionary<,>));

    private GraphQLType? OutputType(ClrTypeReference reference, string where) =>
        Wrap(reference, clr => OutputNamedType(clr, where));

    /// <summary>The reference's list and non-null wrappers around the named type <paramref name="named"/> gives.</summary>
    private static GraphQLType? Wrap(ClrTypeReference reference, Func<Type, NamedType?> named)
    {
        GraphQLType? type = reference switch
        {
            ClrNamedReference namedReference => named(namedReference.Type),
            ClrListReference list => Wrap(list.Item, named) is { } item ? new ListType(item) : null,
            _ => null,
        };
        return type is not null && reference.IsNonNull ? new NonNullType(type) : type;
    }

    private ObjectType CreateObjectType(Type clr, ObjectTypeDescriptor? descriptor, bool isSubscription)
    {
        var isBound = clr != typeof(object);
        var type = new ObjectType(descriptor?.NameValue ?? Naming.TypeName(clr), descriptor?.DescriptionValue ?? Naming.Description(clr));
        if (isBound)
        {
            type.RuntimeType = clr;
            type.IsTypeOf = clr.IsInstanceOfType;
            _outputByClr[clr] = type;
            _objects.Add((type, clr));
        }
        CopyMetadata(clr, descriptor, type);
        Register(type, clr);
        _pending.Enqueue(() => FillFields(type, clr, descriptor, isSubscription));
        return type;
    }

    private InterfaceType CreateInterfaceType(Type clr)
    {
        var descriptor = registry.Descriptors.GetValueOrDefault(clr);
        var type = new InterfaceType(descriptor?.NameValue ?? Naming.TypeName(clr), descriptor?.DescriptionValue ?? Naming.Description(clr));
        _outputByClr[clr] = type;
        _interfaces.Add((type, clr));
        CopyMetadata(clr, descriptor, type);
        Register(type, clr);
        _pending.Enqueue(() => FillFields(type, clr, descriptor, isSubscription: false));
        return type;
    }

    private UnionType CreateUnionType(Type clr)
    {
        var type = new UnionType(Naming.TypeName(clr), Naming.Description(clr));
        _outputByClr[clr] = type;
        _unions.Add((type, clr));
        CopyMetadata(clr, null, type);
        Register(type, clr);
        return type;
    }

    private EnumType CreateEnumType(Type clr)
    {
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
                Report($"Enum value \"{type.Name}.{value.Name}\" can only be defined once (from {clr.Name}.{member.Name}).");
        }
        _outputByClr[clr] = type;
        Register(type, clr);
        return type;
    }

    private static void CopyMetadata(MemberInfo source, ObjectTypeDescriptor? descriptor, IHasMetadata target)
    {
        foreach (var attribute in source.GetCustomAttributes<GraphQLMetadataAttribute>())
            target.Metadata[attribute.Key] = attribute.Value;
        if (descriptor is null)
            return;
        foreach (var (key, value) in descriptor.MetadataValues)
            target.Metadata[key] = value;
    }

    // ---- fields of object and interface types ----

    private void FillFields(ComplexType type, Type clr, ObjectTypeDescriptor? descriptor, bool isSubscription)
    {
        var descriptors = descriptor?.FieldList ?? [];
        var streamMethods = clr.GetMethods().Select(method => method.GetCustomAttribute<SubscribeAttribute>()?.With).OfType<string>().ToHashSet();
        foreach (var member in InferredMembers(clr))
        {
            var fieldDescriptor = descriptors.FirstOrDefault(d => d.Member is not null && d.Member.HasSameMetadataDefinitionAs(member));
            if (Naming.IsIgnored(member) || fieldDescriptor?.IsIgnored == true || streamMethods.Contains(member.Name))
                continue;
            var field = member is PropertyInfo property
                ? PropertyField(type, clr, property, fieldDescriptor)
                : MethodField(type, clr, (MethodInfo)member, fieldDescriptor, isSubscription);
            if (field is null)
                continue;
            if (!type.FieldMap.TryAdd(field))
                Report($"Field \"{type.Name}.{field.Name}\" can only be defined once (from {clr.Name}.{member.Name}).");
            else if (fieldDescriptor is not null)
                ApplyDescriptor(type, field, fieldDescriptor);
        }
        foreach (var fieldDescriptor in descriptors.Where(d => d.Member is null))
        {
            if (type.Fields[fieldDescriptor.FieldName!] is { } inferred)
            {
                if (fieldDescriptor.IsIgnored)
                    Report($"Field(\"{inferred.Name}\").Ignore() on {type.Name}: ignore an inferred field with [GraphQLIgnore] or Ignore(x => x.Member).");
                else if (fieldDescriptor.NameValue is not null)
                    Report($"Field(\"{inferred.Name}\").Name(...) on {type.Name}: rename an inferred field with Field(x => x.Member).Name(...) or [GraphQLName].");
                else
                    ApplyDescriptor(type, inferred, fieldDescriptor);
            }
            else if (!fieldDescriptor.IsIgnored && DescribedField(type, fieldDescriptor) is { } field && !type.FieldMap.TryAdd(field))
            {
                Report($"Field \"{type.Name}.{field.Name}\" can only be defined once.");
            }
        }
    }

    private static IEnumerable<MemberInfo> InferredMembers(Type clr)
    {
        if (clr == typeof(object))
            yield break;
        var declaring = clr.IsInterface ? clr.GetInterfaces().Prepend(clr).ToArray() : [clr];
        foreach (var type in declaring)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
                    yield return property;
            }
        }
        foreach (var type in declaring)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (method.IsSpecialName || method.IsGenericMethodDefinition || method.DeclaringType == typeof(object)
                    || ObjectMethodNames.Contains(method.Name) || UnwrappedResult.HasNoValue(method.ReturnType)
                    || method.GetCustomAttribute<CompilerGeneratedAttribute>() is not null
                    || method.GetParameters().Any(parameter => parameter.ParameterType.IsByRef)
                    || (method.IsStatic && !method.GetParameters().Any(p => p.GetCustomAttribute<ParentAttribute>() is not null)))
                    continue;
                yield return method;
            }
        }
    }

    private OutputField? PropertyField(ComplexType owner, Type clr, PropertyInfo property, FieldDescriptor? descriptor)
    {
        var name = descriptor?.NameValue ?? Naming.FieldName(property);
        var where = $"{owner.Name}.{name}";
        var type = FieldType(property, ClrTypeReference.From(property.PropertyType, _nullability.Create(property)), where);
        if (type is null)
            return null;
        var field = NewField(name, type, property);
        if (owner is ObjectType)
        {
            field.Resolver = ResolverCompiler.Property(property, clr);
        }
        return field;
    }

    private OutputField? MethodField(ComplexType owner, Type clr, MethodInfo method, FieldDescriptor? descriptor, bool isSubscription)
    {
        var name = descriptor?.NameValue ?? Naming.FieldName(method);
        var where = $"{owner.Name}.{name}";
        var result = UnwrappedResult.From(method.ReturnType, _nullability.Create(method.ReturnParameter));
        if (result.Kind == ResultKind.Stream && !isSubscription)
        {
            Report($"{where}: only subscription fields may return IAsyncEnumerable (from {clr.Name}.{method.Name}).");
            return null;
        }
        var type = FieldType(method, ClrTypeReference.From(result.Type, result.Nullability), where);
        if (type is null)
            return null;
        var field = NewField(name, type, method);
        var call = ResolverCompiler.Call(method, clr, method.GetParameters().Select(p => BindParameter(p, field, where)).ToList());
        if (result.Kind == ResultKind.Stream)
        {
            field.Subscriber = ResolverCompiler.Subscriber(call);
            field.Resolver = EventItself;
            return field;
        }
        field.Resolver = ResolverCompiler.Resolver(call, result.Kind);
        if (method.GetCustomAttribute<SubscribeAttribute>() is { } subscribe)
            field.Subscriber = StreamOf(clr, subscribe.With, field, where);
        return field;
    }

    private SubscriptionResolver? StreamOf(Type clr, string methodName, OutputField field, string where)
    {
        var streamMethod = clr.GetMethod(methodName);
        if (streamMethod is null || UnwrappedResult.From(streamMethod.ReturnType, null).Kind != ResultKind.Stream)
        {
            Report($"{where}: [Subscribe] names {clr.Name}.{methodName}, which must be a public method returning IAsyncEnumerable<T>.");
            return null;
        }
        return ResolverCompiler.Subscriber(ResolverCompiler.Call(streamMethod, clr, streamMethod.GetParameters().Select(p => BindParameter(p, field, where)).ToList()));
    }

    private GraphQLType? FieldType(MemberInfo member, ClrTypeReference inferred, string where)
    {
        if (member.GetCustomAttribute<GraphQLTypeAttribute>() is { } overridden)
            return NamedReference(overridden.TypeReference, where);
        return OutputType(inferred, where);
    }

    private static OutputField NewField(string name, GraphQLType type, MemberInfo member)
    {
        var field = new OutputField(name, type, Naming.Description(member)) { DeprecationReason = Naming.DeprecationReason(member) };
        foreach (var attribute in member.GetCustomAttributes<GraphQLMetadataAttribute>())
            field.Metadata[attribute.Key] = attribute.Value;
        return field;
    }

    /// <summary>A field declared only by a descriptor: typed by <c>Type(...)</c> or by its <c>ResolveWith</c> delegate.</summary>
    private OutputField? DescribedField(ComplexType owner, FieldDescriptor descriptor)
    {
        var name = descriptor.NameValue ?? descriptor.FieldName!;
        var where = $"{owner.Name}.{name}";
        GraphQLType? type = descriptor.TypeValue;
        if (type is null && descriptor.TypeReference is { } reference)
            type = NamedReference(reference, where);
        else if (type is null && descriptor.ResolverDelegate is { } resolver)
        {
            var result = UnwrappedResult.From(resolver.Method.ReturnType, _nullability.Create(resolver.Method.ReturnParameter));
            type = OutputType(ClrTypeReference.From(result.Type, result.Nullability), where);
        }
        if (type is null)
        {
            if (descriptor.TypeReference is null && descriptor.ResolverDelegate is null)
                Report($"{where}: a field added with Field(\"{name}\") needs a type: call Type(...) or ResolveWith(...).");
            return null;
        }
        var field = new OutputField(name, type);
        ApplyDescriptor(owner, field, descriptor);
        return field;
    }

    private void ApplyDescriptor(ComplexType owner, OutputField field, FieldDescriptor descriptor)
    {
        var where = $"{owner.Name}.{field.Name}";
        if (descriptor.DescriptionValue is not null)
            field.Description = descriptor.DescriptionValue;
        if (descriptor.DeprecationReasonValue is not null)
            field.DeprecationReason = descriptor.DeprecationReasonValue;
        if (descriptor.TypeValue is not null)
            field.Type = descriptor.TypeValue;
        else if (descriptor.TypeReference is not null && descriptor.Member is not null)
        {
            var overridden = NamedReference(descriptor.TypeReference, where);
            if (overridden is not null)
                field.Type = overridden;
        }
        if (descriptor.ResolverValue is not null)
        {
            field.Resolver = descriptor.ResolverValue;
        }
        else if (descriptor.ResolverDelegate is { } resolver)
        {
            var result = UnwrappedResult.From(resolver.Method.ReturnType, null);
            var call = ResolverCompiler.Invoke(resolver, resolver.Method.GetParameters().Select(p => BindParameter(p, field, where)).ToList());
            if (result.Kind == ResultKind.Stream)
                field.Subscriber = ResolverCompiler.Subscriber(call);
            else
                field.Resolver = ResolverCompiler.Resolver(call, result.Kind);
        }
        if (descriptor.SubscriberValue is not null)
            field.Subscriber = descriptor.SubscriberValue;
        if (field.Subscriber is not null && field.Resolver is null)
            field.Resolver = EventItself;
        field.MiddlewareList.AddRange(descriptor.MiddlewareList);
        foreach (var (key, value) in descriptor.MetadataValues)
            field.Metadata[key] = value;
        foreach (var (name, typeReference, description, defaultValue) in descriptor.ArgumentList)
        {
            var argument = new InputValue(name, Scalars.String, description);
            AddArgument(field, argument, where);
            _afterTypes.Add(() =>
            {
                if (NamedReference(typeReference, $"{where}({name}:)") is not { } argumentType)
                    return;
                argument.Type = argumentType;
                if (defaultValue is not null)
                    argument.DefaultValue = DefaultLiteral(defaultValue, argumentType, $"{where}({name}:)");
            });
        }
    }

    // ---- resolver parameters and arguments ----

    private Expression BindParameter(ParameterInfo parameter, OutputField field, string where)
    {
        var nullability = _nullability.Create(parameter);
        var isNullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            || (!parameter.ParameterType.IsValueType && nullability.ReadState != NullabilityState.NotNull);
        if (ResolverCompiler.Injected(parameter, isNullable) is { } injected)
            return injected;

        var name = Naming.ArgumentName(parameter);
        var argumentWhere = $"{where}({name}:)";
        var clrDefault = parameter.HasDefaultValue ? ParameterDefault(parameter) : null;
        var reference = ClrTypeReference.From(parameter.ParameterType, nullability);
        if (parameter.HasDefaultValue && clrDefault is null)
            reference = reference with { IsNonNull = false };

        if (!field.Arguments.Contains(name))
        {
            var argument = new InputValue(name, Scalars.String, Naming.Description(parameter));
            AddArgument(field, argument, where);
            var type = parameter.GetCustomAttribute<GraphQLTypeAttribute>() is { } overridden ? null : InputType(reference, argumentWhere);
            _afterTypes.Add(() =>
            {
                var argumentType = type ?? (parameter.GetCustomAttribute<GraphQLTypeAttribute>() is { } attribute ? NamedReference(attribute.TypeReference, argumentWhere) : null);
                if (argumentType is null)
                    return;
                argument.Type = argumentType;
                if (parameter.HasDefaultValue)
                    argument.DefaultValue = DefaultLiteral(clrDefault, argumentType, argumentWhere);
            });
        }
        var fallback = parameter.HasDefaultValue ? clrDefault : DefaultOf(parameter.ParameterType);
        if (fallback is null && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null)
            fallback = DefaultOf(parameter.ParameterType);
        return ResolverCompiler.Argument(parameter.ParameterType, name, ValueConverter.For(parameter.ParameterType, InputFactoryFor), fallback);
    }

    private void AddArgument(OutputField field, InputValue argument, string where)
    {
        if (!field.ArgumentMap.TryAdd(argument))
            Report($"Argument \"{where}({argument.Name}:)\" can only be defined once.");
    }

    private static object? ParameterDefault(ParameterInfo parameter)
    {
        var value = parameter.DefaultValue;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return value is not null && type.IsEnum && !type.IsInstanceOfType(value) ? Enum.ToObject(type, value) : value;
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private Language.Ast.ValueNode? DefaultLiteral(object? value, GraphQLType type, string where)
    {
        try
        {
            return ValueLiterals.FromValue(value, type);
        }
        catch (Exception error) when (error is ArgumentException or ScalarCoercionException)
        {
            Report($"{where}: the default value cannot be written as {type}: {error.Message}");
            return null;
        }
    }

    private Func<IReadOnlyDictionary<string, object?>, object>? InputFactoryFor(Type clr) =>
        _inputByClr.TryGetValue(clr, out var input) ? input.CreateValue : null;

    private GraphQLType? NamedReference(string text, string where)
    {
        var type = TypeReferenceText.Resolve(text, FindByName, out var error);
        if (error is not null)
            Report($"{where}: {error}");
        return type;
    }

    // ---- input types ----

    private GraphQLType? InputType(ClrTypeReference reference, string where) =>
        Wrap(reference, clr => InputNamedType(clr, where));

    private NamedType? InputNamedType(Type clr, string where)
    {
        if (_scalarsByClr.TryGetValue(clr, out var scalar))
            return scalar;
        if (clr.IsEnum)
            return _outputByClr.TryGetValue(clr, out var enumType) ? enumType : CreateEnumType(clr);
        if (_inputByClr.TryGetValue(clr, out var existing))
            return existing;
        if (IsBindableClass(clr))
            return CreateInputObjectType(clr);
        Report($"{where}: the .NET type {clr.Name} cannot be an input type; use a class, record, enum or scalar.");
        return null;
    }

    private InputObjectType CreateInputObjectType(Type clr)
    {
        var name = clr.GetCustomAttribute<GraphQLNameAttribute>()?.Name
            ?? (Naming.TypeName(clr) is var typeName && typeName.EndsWith("Input", StringComparison.Ordinal) ? typeName : typeName + "Input");
        var type = new InputObjectType(name, Naming.Description(clr)) { IsOneOf = clr.GetCustomAttribute<OneOfAttribute>() is not null };
        _inputByClr[clr] = type;
        Register(type, clr);
        _pending.Enqueue(() => FillInputFields(type, clr));
        return type;
    }

    private void FillInputFields(InputObjectType type, Type clr)
    {
        var constructor = clr.GetConstructor(Type.EmptyTypes)
            ?? clr.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null && !clr.IsValueType)
        {
            Report($"Input type {type.Name}: {clr.Name} has no public constructor.");
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
                bindings.Add(new InputFieldBinding(null, parameter.ParameterType, null, parameter.HasDefaultValue ? ParameterDefault(parameter) : DefaultOf(parameter.ParameterType)));
                continue;
            }
            var name = property is not null ? Naming.FieldName(property) : Naming.ArgumentName(parameter);
            var description = Naming.Description(parameter) ?? (property is null ? null : Naming.Description(property));
            var hasDefault = parameter.HasDefaultValue;
            var defaultValue = hasDefault ? ParameterDefault(parameter) : null;
            AddInputField(type, name, description, source, parameter.ParameterType, _nullability.Create(parameter), hasDefault, defaultValue);
            bindings.Add(new InputFieldBinding(name, parameter.ParameterType, null, hasDefault ? defaultValue : DefaultOf(parameter.ParameterType)));
        }
        foreach (var property in properties)
        {
            if (property.SetMethod is not { IsPublic: true } || Naming.IsIgnored(property)
                || constructorParameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
                continue;
            var name = Naming.FieldName(property);
            var defaultAttribute = property.GetCustomAttribute<DefaultValueAttribute>();
            AddInputField(type, name, Naming.Description(property), property, property.PropertyType, _nullability.Create(property),
                defaultAttribute is not null, defaultAttribute?.Value);
            bindings.Add(new InputFieldBinding(name, property.PropertyType, property, null));
        }
        type.CreateValue = InputObjectFactory.Compile(clr, constructor, bindings, InputFactoryFor);
    }

    private void AddInputField(InputObjectType type, string name, string? description, MemberInfo source, Type clrType, NullabilityInfo nullability, bool hasDefault, object? defaultValue)
    {
        var where = $"{type.Name}.{name}";
        var reference = ClrTypeReference.From(clrType, nullability);
        if (type.IsOneOf || (hasDefault && defaultValue is null))
            reference = reference with { IsNonNull = false };
        var field = new InputValue(name, Scalars.String, description) { DeprecationReason = Naming.DeprecationReason(source) };
        if (!type.FieldMap.TryAdd(field))
        {
            Report($"Field \"{where}\" can only be defined once.");
            return;
        }
        var inferred = source.GetCustomAttribute<GraphQLTypeAttribute>() is null ? InputType(reference, where) : null;
        _afterTypes.Add(() =>
        {
            var fieldType = inferred ?? (source.GetCustomAttribute<GraphQLTypeAttribute>() is { } attribute ? NamedReference(attribute.TypeReference, where) : null);
            if (fieldType is null)
                return;
            field.Type = fieldType;
            if (hasDefault)
                field.DefaultValue = DefaultLiteral(defaultValue, fieldType, where);
        });
    }

    // ---- linking ----

    private void LinkAbstractTypes()
    {
        foreach (var (type, clr) in _objects)
        {
            foreach (var implemented in clr.GetInterfaces())
            {
                switch (_outputByClr.GetValueOrDefault(implemented))
                {
                    case InterfaceType interfaceType:
                        type.InterfaceList.Add(interfaceType);
                        break;
                    case UnionType union:
                        union.MemberList.Add(type);
                        break;
                }
            }
        }
        foreach (var (type, clr) in _interfaces)
        {
            foreach (var implemented in clr.GetInterfaces())
            {
                if (_outputByClr.GetValueOrDefault(implemented) is InterfaceType parent)
                    type.InterfaceList.Add(parent);
            }
        }
        var resolveType = RuntimeTypeResolver();
        foreach (var (type, _) in _interfaces)
            type.ResolveType = resolveType;
        foreach (var (type, _) in _unions)
            type.ResolveType = resolveType;
    }

    /// <summary>The object type of a value by its .NET type (or nearest bound base type, e.g. for proxies), cached per .NET type.</summary>
    private TypeResolver RuntimeTypeResolver()
    {
        var byClr = _objects.ToDictionary(entry => entry.Clr, entry => entry.Type);
        var cache = new ConcurrentDictionary<Type, ObjectType?>();
        return (value, _) => cache.GetOrAdd(value.GetType(), runtimeType =>
        {
            for (var current = runtimeType; current is not null; current = current.BaseType)
            {
                if (byClr.TryGetValue(current, out var objectType))
                    return objectType;
            }
            return null;
        });
    }

    private void ApplySchemaMiddleware()
    {
        if (registry.FieldMiddleware.Count == 0)
            return;
        foreach (var type in _created.OfType<ObjectType>())
        {
            foreach (var field in type.Fields)
                field.MiddlewareList.InsertRange(0, registry.FieldMiddleware);
        }
    }
}
