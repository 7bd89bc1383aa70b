namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>One run of <see cref="SchemaBuilder.Build"/>: checks that each type is configured once, makes the
/// root and added types (each type met on the way is made too, its fields filled afterwards, so cycles are
/// fine), reads types written by name once all exist, then links interfaces and unions. Problems are
/// collected and thrown together.</summary>
internal sealed class CodeFirstSchemaFactory
{
    private readonly CodeFirstRegistry _registry;
    private readonly SchemaBuildContext _context = new();
    private readonly OutputTypeFactory _outputs;
    private readonly InputTypeFactory _inputs;
    private readonly OutputFieldFactory _fields;

    public CodeFirstSchemaFactory(CodeFirstRegistry registry)
    {
        _registry = registry;
        var types = new TypeReferenceResolver(_context, registry);
        _inputs = new InputTypeFactory(_context, types);
        var parameters = new ResolverParameterBinder(_context, registry.ParameterInjectors, new ArgumentInjector(_context, types, _inputs));
        _fields = new OutputFieldFactory(_context, registry, types, parameters);
        _outputs = new OutputTypeFactory(_context, registry) { Fields = _fields };
        _fields.Outputs = _outputs;
        _inputs.Outputs = _outputs;
        types.Outputs = _outputs;
        types.Inputs = _inputs;
    }

    public Schema Create()
    {
        foreach (var (scalar, runtimeType) in _registry.Scalars)
        {
            _context.Register(scalar, null);
            if (runtimeType is not null)
                _context.ScalarsByClr[runtimeType] = scalar;
        }
        foreach (var type in _registry.PrebuiltTypes)
            _context.Register(type, null);
        _registry.SdlTypes.Create(_context);
        ReportSecondConfigurations();

        var roots = new Dictionary<RootKind, ObjectType>();
        // After a second configuration of a root (reported above) the first one builds, so its other problems still show.
        foreach (var (kind, descriptor) in _registry.Roots.DistinctBy(root => root.Kind))
            roots[kind] = _outputs.CreateObjectType(descriptor.RuntimeType, descriptor, kind == RootKind.Subscription);
        foreach (var type in _registry.OutputTypes)
            _outputs.NamedType(type, $"AddType<{type.Name}>");
        foreach (var type in _registry.InputTypes)
            _inputs.NamedType(type, $"AddInputType<{type.Name}>");

        _context.RunLater();
        foreach (var extension in _fields.UnappliedExtensions)
            _context.Report($"{extension.Source} extends {extension.ExtendedName ?? extension.RuntimeType.Name}, which is not a type of the schema.");
        _context.RunAfterTypes();
        AbstractTypeLinker.Link(_outputs);
        ApplySchemaMiddleware();

        if (_context.Errors.Count > 0)
            throw new SchemaValidationException(_context.Errors);
        return SchemaAssembly.Assemble(
            roots.GetValueOrDefault(RootKind.Query),
            roots.GetValueOrDefault(RootKind.Mutation),
            roots.GetValueOrDefault(RootKind.Subscription),
            _context.Created,
            [.. Directives.Specified, .. _registry.Directives],
            _registry.Description);
    }

    /// <summary>A type has one configuration: a second one would silently override the first's fields or names.</summary>
    private void ReportSecondConfigurations()
    {
        // Two configurations of one .NET root class are reported with the other types' configurations below.
        foreach (var group in _registry.Roots.GroupBy(root => root.Kind)
            .Where(group => group.Count() > 1 && (group.Any(root => root.Descriptor.RuntimeType == typeof(object)) || group.Select(root => root.Descriptor.RuntimeType).Distinct().Count() > 1)))
        {
            var sources = group.Select(root => root.Descriptor.Source).ToList();
            _context.Report($"The {group.Key} type is configured {sources.Count} times: by {string.Join(" and by ", sources)}. "
                + $"Configure it once and add fields from elsewhere with ExtendObjectType(\"{group.First().Descriptor.NameValue}\", ...).");
        }
        foreach (var group in _registry.Configurations.GroupBy(configuration => configuration.RuntimeType).Where(group => group.Count() > 1))
        {
            var sources = group.Select(configuration => configuration.Source).ToList();
            _context.Report($"The type of {group.Key.Name} is configured {sources.Count} times: by {string.Join(" and by ", sources)}. "
                + $"Configure it once and add fields from elsewhere with ExtendObjectType<{group.Key.Name}>(...) or an ObjectTypeExtension<{group.Key.Name}>.");
        }
    }

    private void ApplySchemaMiddleware()
    {
        if (_registry.FieldMiddleware.Count == 0)
            return;
        foreach (var type in _context.Created.OfType<ObjectType>())
        {
            foreach (var field in type.Fields)
                field.MiddlewareList.InsertRange(0, _registry.FieldMiddleware);
        }
    }
}
