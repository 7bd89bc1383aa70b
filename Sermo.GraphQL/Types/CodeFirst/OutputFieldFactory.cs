using System.Reflection;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Fills the fields of an object or interface type. Binding is explicit: the fields are the members
/// marked <see cref="GraphQLFieldAttribute"/> or named by the type's configuration or extensions, the descriptor
/// fields of those, and the fields declared on the C# interfaces the type implements; nothing else of the .NET type
/// appears. A field declared twice (or a member exposed twice) is a problem naming both places.</summary>
internal sealed class OutputFieldFactory(SchemaBuildContext context, CodeFirstRegistry registry, TypeReferenceResolver types, ResolverParameterBinder parameters)
{
    private static readonly FieldResolver EventItself = resolverContext => new ValueTask<object?>(resolverContext.Parent);

    /// <summary>Attributes that only mean something on a field: on a member that is not one, they show a forgotten <see cref="GraphQLFieldAttribute"/>.</summary>
    private static readonly Type[] FieldOnlyAttributes = [typeof(GraphQLNameAttribute), typeof(GraphQLDescriptionAttribute), typeof(GraphQLTypeAttribute), typeof(GraphQLMetadataAttribute)];

    private readonly HashSet<ObjectTypeDescriptor> _appliedExtensions = [];

    public OutputTypeFactory Outputs { get; set; } = null!;

    /// <summary>Extensions whose type never became part of the schema.</summary>
    public IEnumerable<ObjectTypeDescriptor> UnappliedExtensions => registry.Extensions.Where(extension => !_appliedExtensions.Contains(extension));

    public void Fill(ComplexType type, Type clr, ObjectTypeDescriptor? configuration, bool isSubscription)
    {
        var extensions = registry.ExtensionsOf(clr, type.Name).ToList();
        _appliedExtensions.UnionWith(extensions);
        ApplyExtensionMetadata(type, extensions);

        var declarations = Declarations(type.Name, clr, configuration, extensions, reportClashes: true);
        ReportAttributesOffFields(clr, declarations);
        var names = declarations.Select(declaration => declaration.Name).ToHashSet(StringComparer.Ordinal);
        if (clr != typeof(object))
        {
            // A field declared on an implemented C# interface is a field of the implementing type too (resolved through the interface member).
            foreach (var implemented in clr.GetInterfaces())
            {
                var name = Outputs.Bound(implemented)?.Name ?? Naming.TypeName(implemented);
                var inherited = Declarations(name, implemented, registry.ConfigurationOf(implemented), registry.ExtensionsOf(implemented, name), reportClashes: false);
                declarations.AddRange(inherited.Where(declaration => names.Add(declaration.Name)));
            }
        }
        foreach (var declaration in declarations)
        {
            if (Create(type, clr, declaration, isSubscription) is { } field)
                type.FieldMap.TryAdd(field);
        }
    }

    private void ApplyExtensionMetadata(ComplexType type, List<ObjectTypeDescriptor> extensions)
    {
        foreach (var extension in extensions)
        {
            if (extension.IsRenamed || extension.DescriptionValue is not null)
                context.Report($"{extension.Source} extends {type.Name} and names or describes it: only the type's configuration may.");
            type.DeclaredAuthorization.AddRange(extension.AuthorizationList);
            foreach (var (key, value) in extension.MetadataValues)
            {
                if (type.Metadata.TryGetValue(key, out var existing) && !Equals(existing, value))
                    context.Report($"Metadata \"{key}\" of {type.Name} is set twice, to different values (the second by {extension.Source}).");
                else
                    type.Metadata[key] = value;
            }
        }
    }

    /// <summary>The fields <paramref name="clr"/> itself declares, in order: marked members, then each descriptor's fields.</summary>
    private List<FieldDeclaration> Declarations(string typeName, Type clr, ObjectTypeDescriptor? configuration, IEnumerable<ObjectTypeDescriptor> extensions, bool reportClashes)
    {
        var declared = MarkedMembers(clr).Select(member => new FieldDeclaration(Naming.FieldName(member), member, null, $"[GraphQLField] on {clr.Name}.{member.Name}")).ToList();
        IEnumerable<ObjectTypeDescriptor> descriptors = configuration is null ? extensions : extensions.Prepend(configuration);
        foreach (var field in descriptors.SelectMany(descriptor => descriptor.FieldList))
        {
            if (field.Member is not { } member)
            {
                declared.Add(new FieldDeclaration(field.NameValue ?? field.FieldName!, null, field, field.Source));
                continue;
            }
            if (member.DeclaringType?.IsAssignableFrom(clr) != true)
            {
                Report(reportClashes, $"{field.Source}: Field(x => ...) on {typeName} names {member.DeclaringType?.Name}.{member.Name}, which is not a member of {clr.Name}.");
                continue;
            }
            var index = declared.FindIndex(declaration => declaration.Member is not null && declaration.Member.HasSameMetadataDefinitionAs(member));
            if (index < 0)
                declared.Add(new FieldDeclaration(field.NameValue ?? Naming.FieldName(member), member, field, field.Source));
            else if (declared[index].Descriptor is null)
                declared[index] = new FieldDeclaration(field.NameValue ?? declared[index].Name, member, field, field.Source);
            else
                Report(reportClashes, $"{clr.Name}.{member.Name} is exposed twice on {typeName}: by {declared[index].Source} and by {field.Source}.");
        }

        var byName = new Dictionary<string, FieldDeclaration>(StringComparer.Ordinal);
        var unique = new List<FieldDeclaration>();
        foreach (var declaration in declared)
        {
            if (byName.TryAdd(declaration.Name, declaration))
                unique.Add(declaration);
            else
                Report(reportClashes, $"Field \"{typeName}.{declaration.Name}\" is declared twice: by {byName[declaration.Name].Source} and by {declaration.Source}.");
        }
        return unique;
    }

    private void Report(bool report, string message)
    {
        if (report)
            context.Report(message);
    }

    private static IEnumerable<MemberInfo> MarkedMembers(Type clr)
    {
        if (clr == typeof(object))
            yield break;
        foreach (var property in clr.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && Naming.Attribute<GraphQLFieldAttribute>(property) is not null)
                yield return property;
        }
        foreach (var method in clr.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            if (!method.IsSpecialName && (Naming.Attribute<GraphQLFieldAttribute>(method) is not null || method.GetCustomAttribute<SubscribeAttribute>() is not null))
                yield return method;
        }
    }

    /// <summary>A member with [GraphQLName], [GraphQLDescription]... that is no field was most likely meant to be one.</summary>
    private void ReportAttributesOffFields(Type clr, List<FieldDeclaration> declarations)
    {
        if (clr == typeof(object))
            return;
        var members = clr.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(member => member is PropertyInfo || member is MethodInfo { IsSpecialName: false });
        foreach (var member in members)
        {
            if (FieldOnlyAttributes.Any(attribute => member.IsDefined(attribute, inherit: true))
                && !declarations.Any(declaration => declaration.Member is not null && declaration.Member.HasSameMetadataDefinitionAs(member)))
                context.Report($"{clr.Name}.{member.Name} has GraphQL attributes but is not a field: mark it [GraphQLField] or name it with Field(x => x.{member.Name}).");
        }
    }

    private OutputField? Create(ComplexType owner, Type clr, FieldDeclaration declaration, bool isSubscription)
    {
        var where = $"{owner.Name}.{declaration.Name}";
        var field = declaration.Member switch
        {
            PropertyInfo property => PropertyField(owner, clr, property, declaration, where),
            MethodInfo method => MethodField(clr, method, declaration, where, isSubscription),
            _ => DescribedField(declaration.Descriptor!, declaration.Name, where),
        };
        if (field is not null && declaration is { Member: not null, Descriptor: { } descriptor })
            ApplyDescriptor(field, descriptor, where);
        return field;
    }

    private OutputField PropertyField(ComplexType owner, Type clr, PropertyInfo property, FieldDeclaration declaration, string where)
    {
        var field = NewField(declaration.Name, property);
        ResolveType(field, declaration, property, ClrTypeReference.From(property.PropertyType, context.Nullability.Create(property)), where);
        if (owner is ObjectType)
            field.Resolver = ResolverCompiler.Property(property, clr);
        return field;
    }

    private OutputField? MethodField(Type clr, MethodInfo method, FieldDeclaration declaration, string where, bool isSubscription)
    {
        if (method.IsGenericMethodDefinition || UnwrappedResult.HasNoValue(method.ReturnType) || method.GetParameters().Any(parameter => parameter.ParameterType.IsByRef))
        {
            context.Report($"{where}: {clr.Name}.{method.Name} cannot be a field: it must return a value and take no generic, ref or out parameters.");
            return null;
        }
        var result = UnwrappedResult.From(method.ReturnType, context.Nullability.Create(method.ReturnParameter));
        if (result.Kind == ResultKind.Stream && !isSubscription)
        {
            context.Report($"{where}: only subscription fields may return IAsyncEnumerable (from {clr.Name}.{method.Name}).");
            return null;
        }
        var field = NewField(declaration.Name, method);
        ResolveType(field, declaration, method, ClrTypeReference.From(result.Type, result.Nullability), where);
        var call = ResolverCompiler.Call(method, clr, parameters.Bind(method.GetParameters(), field, where));
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

    /// <summary>The type a descriptor or [GraphQLType] declares for a member field, else the one its .NET type gives.</summary>
    private void ResolveType(OutputField field, FieldDeclaration declaration, MemberInfo member, ClrTypeReference inferred, string where) =>
        types.Resolve(
            declaration.Descriptor?.DeclaredType ?? member.GetCustomAttribute<GraphQLTypeAttribute>()?.Declared,
            () => Outputs.OutputType(inferred, where),
            isInput: false,
            where,
            type => field.Type = type);

    private SubscriptionResolver? StreamOf(Type clr, string methodName, OutputField field, string where)
    {
        var streamMethod = clr.GetMethod(methodName);
        if (streamMethod is null || UnwrappedResult.From(streamMethod.ReturnType, null).Kind != ResultKind.Stream)
        {
            context.Report($"{where}: [Subscribe] names {clr.Name}.{methodName}, which must be a public method returning IAsyncEnumerable<T>.");
            return null;
        }
        return ResolverCompiler.Subscriber(ResolverCompiler.Call(streamMethod, clr, parameters.Bind(streamMethod.GetParameters(), field, where)));
    }

    private static OutputField NewField(string name, MemberInfo member)
    {
        var field = new OutputField(name, Scalars.String, Naming.Description(member)) { DeprecationReason = Naming.DeprecationReason(member) };
        foreach (var attribute in member.GetCustomAttributes<GraphQLMetadataAttribute>())
            field.Metadata[attribute.Key] = attribute.Value;
        return field;
    }

    /// <summary>A field no member backs: typed by <c>Type(...)</c> or by its <c>ResolveWith</c> delegate.</summary>
    private OutputField? DescribedField(FieldDescriptor descriptor, string name, string where)
    {
        if (descriptor.DeclaredType is null && descriptor.ResolverDelegate is null)
        {
            context.Report($"{where}: a field added with Field(\"{name}\") needs a type: call Type(...) or ResolveWith(...).");
            return null;
        }
        var field = new OutputField(name, Scalars.String);
        types.Resolve(
            descriptor.DeclaredType,
            () =>
            {
                var method = descriptor.ResolverDelegate!.Method;
                var result = UnwrappedResult.From(method.ReturnType, context.Nullability.Create(method.ReturnParameter));
                return Outputs.OutputType(ClrTypeReference.From(result.Type, result.Nullability), where);
            },
            isInput: false,
            where,
            type => field.Type = type);
        ApplyDescriptor(field, descriptor, where);
        return field;
    }

    private void ApplyDescriptor(OutputField field, FieldDescriptor descriptor, string where)
    {
        if (descriptor.DescriptionValue is not null)
            field.Description = descriptor.DescriptionValue;
        if (descriptor.DeprecationReasonValue is not null)
            field.DeprecationReason = descriptor.DeprecationReasonValue;
        if (descriptor.ResolverValue is not null)
        {
            field.Resolver = descriptor.ResolverValue;
        }
        else if (descriptor.ResolverDelegate is { } resolver)
        {
            var call = ResolverCompiler.Invoke(resolver, parameters.Bind(resolver.Method.GetParameters(), field, where));
            var kind = UnwrappedResult.From(resolver.Method.ReturnType, null).Kind;
            if (kind == ResultKind.Stream)
                field.Subscriber = ResolverCompiler.Subscriber(call);
            else
                field.Resolver = ResolverCompiler.Resolver(call, kind);
        }
        if (descriptor.SubscriberValue is not null)
            field.Subscriber = descriptor.SubscriberValue;
        if (field.Subscriber is not null && field.Resolver is null)
            field.Resolver = EventItself;
        field.MiddlewareList.AddRange(descriptor.MiddlewareList);
        field.DeclaredAuthorization.AddRange(descriptor.AuthorizationList);
        foreach (var (key, value) in descriptor.MetadataValues)
            field.Metadata[key] = value;
        foreach (var (name, declaredType, description, defaultValue) in descriptor.ArgumentList)
        {
            var argument = new InputValue(name, Scalars.String, description);
            var argumentWhere = $"{where}({name}:)";
            if (!context.AddArgument(field, argument, where))
                continue;
            types.Resolve(declaredType, () => null, isInput: true, argumentWhere, type =>
            {
                argument.Type = type;
                if (defaultValue is not null)
                    argument.DefaultValue = DefaultValues.Literal(defaultValue, type, argumentWhere, context);
            });
        }
    }
}
