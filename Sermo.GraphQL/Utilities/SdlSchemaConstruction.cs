using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Utilities;

/// <summary>One run of <see cref="SdlSchemaBuilder"/>: gathers definitions and extensions by name, creates
/// every named type first (so references resolve in any order), then fills fields, members and values.
/// Problems it cannot build past are collected and thrown together.</summary>
internal sealed class SdlSchemaConstruction(DocumentNode document, SdlBuildOptions options)
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _typeDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeDefinitionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _directiveDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<SchemaDefinitionNode> _schemaExtensions = [];
    private SchemaDefinitionNode? _schemaDefinition;

    public Schema Construct()
    {
        CollectDefinitions();
        CreateTypes();
        CheckExtensionTargets();
        CreateDirectives();
        foreach (var (name, definition) in _typeDefinitions)
            FillType(_types[name], [definition, .. _typeExtensions.GetValueOrDefault(name) ?? []]);
        var (query, mutation, subscription) = ResolveRootTypes();
        AttachCode();
        ThrowIfErrors();

        var directives = _directives.Values.ToList();
        foreach (var specified in Directives.Specified)
        {
            if (!_directives.ContainsKey(specified.Name))
                directives.Add(specified);
        }
        return SchemaAssembly.Assemble(
            query, mutation, subscription,
            _types.Values.ToList(),
            directives,
            _schemaDefinition?.Description?.Value,
            _schemaDefinition,
            _schemaExtensions,
            AppliedDirectivesOf([.. _schemaExtensions.Prepend(_schemaDefinition).OfType<IHasDirectives>()]));
    }

    private void Report(string message, params SyntaxNode?[] nodes) =>
        _errors.Add(GraphQLError.At(message, ErrorCodes.ValidationFailed, nodes));

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
            throw new SchemaValidationException(_errors);
    }

    private void CollectDefinitions()
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode { IsExtension: true } extension:
                    _schemaExtensions.Add(extension);
                    break;
                case SchemaDefinitionNode schemaDefinition:
                    if (_schemaDefinition is not null)
                        Report("Must provide only one schema definition.", schemaDefinition);
                    else
                        _schemaDefinition = schemaDefinition;
                    break;
                case TypeDefinitionNode { IsExtension: true } extension:
                    if (!_typeExtensions.TryGetValue(extension.Name.Value, out var list))
                        _typeExtensions[extension.Name.Value] = list = [];
                    list.Add(extension);
                    break;
                case TypeDefinitionNode typeDefinition:
                    if (_typeDefinitions.TryGetValue(typeDefinition.Name.Value, out var first))
                        Report($"There can be only one type named \"{typeDefinition.Name.Value}\".", first.Name, typeDefinition.Name);
                    else
                        _typeDefinitions.Add(typeDefinition.Name.Value, typeDefinition);
                    break;
                case DirectiveDefinitionNode directiveDefinition:
                    if (_directiveDefinitions.TryGetValue(directiveDefinition.Name.Value, out var firstDirective))
                        Report($"There can be only one directive named \"@{directiveDefinition.Name.Value}\".", firstDirective.Name, directiveDefinition.Name);
                    else
                        _directiveDefinitions.Add(directiveDefinition.Name.Value, directiveDefinition);
                    break;
                default:
                    Report("A schema document may only contain type-system definitions and extensions, not operations or fragments.", definition);
                    break;
            }
        }
    }

    private void CreateTypes()
    {
        foreach (var (name, definition) in _typeDefinitions)
        {
            // The spec's scalars keep their own coercion even when a document redeclares them.
            if (definition is ScalarTypeDefinitionNode && Scalars.Specified.FirstOrDefault(s => s.Name == name) is { } specified)
            {
                _types[name] = specified;
                continue;
            }
            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode scalar => new SdlScalarType(name, scalar.Description?.Value,
                    options.Scalars.TryGetValue(name, out var bound) ? bound : Scalars.Custom.FirstOrDefault(s => s.Name == name)),
                ObjectTypeDefinitionNode objectType => new ObjectType(name, objectType.Description?.Value),
                InterfaceTypeDefinitionNode interfaceType => new InterfaceType(name, interfaceType.Description?.Value),
                UnionTypeDefinitionNode union => new UnionType(name, union.Description?.Value),
                EnumTypeDefinitionNode enumType => new EnumType(name, enumType.Description?.Value),
                InputObjectTypeDefinitionNode input => new InputObjectType(name, input.Description?.Value),
                _ => throw new InvalidOperationException($"Unexpected definition {definition.Kind}."),
            };
            type.SyntaxNode = definition;
            type.ExtensionNodes = _typeExtensions.GetValueOrDefault(name) ?? [];
            _types[name] = type;
        }
    }

    private void CheckExtensionTargets()
    {
        foreach (var (name, extensions) in _typeExtensions)
        {
            foreach (var extension in extensions)
            {
                if (!_types.TryGetValue(name, out var type))
                    Report($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                else if (type.IsBuiltIn)
                    Report($"Cannot extend built-in type \"{name}\".", extension.Name);
                else if (KindOf(extension) != type.Kind)
                    Report($"Cannot extend non-{KindName(KindOf(extension))} type \"{name}\".", _typeDefinitions[name], extension);
            }
        }
    }

    private static TypeKind KindOf(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode => TypeKind.Scalar,
        ObjectTypeDefinitionNode => TypeKind.Object,
        InterfaceTypeDefinitionNode => TypeKind.Interface,
        UnionTypeDefinitionNode => TypeKind.Union,
        EnumTypeDefinitionNode => TypeKind.Enum,
        _ => TypeKind.InputObject,
    };

    private static string KindName(TypeKind kind) => kind == TypeKind.InputObject ? "input object" : kind.ToString().ToLowerInvariant();

    private void CreateDirectives()
    {
        foreach (var (name, node) in _directiveDefinitions)
        {
            var directive = new DirectiveDefinition(name, node.Description?.Value)
            {
                IsRepeatable = node.Repeatable,
                SyntaxNode = node,
            };
            foreach (var location in node.Locations)
            {
                if (Enum.TryParse<DirectiveLocation>(location.Value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
                    directive.LocationList.Add(parsed);
                else
                    Report($"Unexpected directive location \"{location.Value}\".", location);
            }
            foreach (var argumentNode in node.Arguments)
            {
                if (BuildInputValue(argumentNode) is not { } argument)
                    continue;
                if (!directive.ArgumentMap.TryAdd(argument))
                    Report($"Argument \"@{name}({argument.Name}:)\" can only be defined once.", argumentNode.Name);
            }
            _directives[name] = directive;
        }
    }

    private void FillType(NamedType type, IReadOnlyList<TypeDefinitionNode> nodes)
    {
        if (type.IsBuiltIn)
            return;
        type.AppliedDirectives = AppliedDirectivesOf([.. nodes]);
        foreach (var node in nodes)
        {
            switch ((type, node))
            {
                case (SdlScalarType scalar, ScalarTypeDefinitionNode scalarNode):
                    if (FindDirective(scalarNode, Directives.SpecifiedBy) is { } specifiedBy)
                        scalar.SpecifiedByUrl = StringArgument(specifiedBy, "url");
                    break;
                case (ComplexType complex, ComplexTypeDefinitionNode complexNode):
                    FillComplexType(complex, complexNode);
                    break;
                case (UnionType union, UnionTypeDefinitionNode unionNode):
                    foreach (var member in unionNode.Types)
                    {
                        switch (ResolveNamedType(member))
                        {
                            case ObjectType objectType:
                                union.MemberList.Add(objectType);
                                break;
                            case { } other:
                                Report($"Union type {union.Name} can only include Object types, it cannot include {other.Name}.", member);
                                break;
                        }
                    }
                    break;
                case (EnumType enumType, EnumTypeDefinitionNode enumNode):
                    foreach (var valueNode in enumNode.Values)
                    {
                        var value = new EnumValue(valueNode.Name.Value, valueNode.Name.Value, valueNode.Description?.Value)
                        {
                            SyntaxNode = valueNode,
                            DeprecationReason = DeprecationReasonOf(valueNode),
                            AppliedDirectives = AppliedDirectivesOf([valueNode]),
                        };
                        if (!enumType.ValueMap.TryAdd(value))
                            Report($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.", valueNode.Name);
                    }
                    break;
                case (InputObjectType input, InputObjectTypeDefinitionNode inputNode):
                    if (FindDirective(inputNode, Directives.OneOf) is not null)
                        input.IsOneOf = true;
                    foreach (var fieldNode in inputNode.Fields)
                    {
                        if (BuildInputValue(fieldNode) is { } field && !input.FieldMap.TryAdd(field))
                            Report($"Field \"{input.Name}.{field.Name}\" can only be defined once.", fieldNode.Name);
                    }
                    break;
            }
        }
    }

    private void FillComplexType(ComplexType type, ComplexTypeDefinitionNode node)
    {
        foreach (var interfaceNode in node.Interfaces)
        {
            switch (ResolveNamedType(interfaceNode))
            {
                case InterfaceType implemented:
                    type.InterfaceList.Add(implemented);
                    break;
                case { } other:
                    Report($"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}.", interfaceNode);
                    break;
            }
        }
        foreach (var fieldNode in node.Fields)
        {
            if (ResolveType(fieldNode.Type) is not { } fieldType)
                continue;
            var field = new OutputField(fieldNode.Name.Value, fieldType, fieldNode.Description?.Value)
            {
                SyntaxNode = fieldNode,
                DeprecationReason = DeprecationReasonOf(fieldNode),
                AppliedDirectives = AppliedDirectivesOf([fieldNode]),
            };
            foreach (var argumentNode in fieldNode.Arguments)
            {
                if (BuildInputValue(argumentNode) is { } argument && !field.ArgumentMap.TryAdd(argument))
                    Report($"Argument \"{type.Name}.{field.Name}({argument.Name}:)\" can only be defined once.", argumentNode.Name);
            }
            if (!type.FieldMap.TryAdd(field))
                Report($"Field \"{type.Name}.{field.Name}\" can only be defined once.", fieldNode.Name);
        }
    }

    private InputValue? BuildInputValue(InputValueDefinitionNode node)
    {
        if (ResolveType(node.Type) is not { } type)
            return null;
        return new InputValue(node.Name.Value, type, node.Description?.Value)
        {
            DefaultValue = node.DefaultValue,
            SyntaxNode = node,
            DeprecationReason = DeprecationReasonOf(node),
            AppliedDirectives = AppliedDirectivesOf([node]),
        };
    }

    private GraphQLType? ResolveType(TypeNode node) => node switch
    {
        NamedTypeNode named => ResolveNamedType(named),
        ListTypeNode list => ResolveType(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private NamedType? ResolveNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
            return type;
        if (Scalars.Specified.FirstOrDefault(scalar => scalar.Name == name) is { } specified)
            return _types[name] = specified;
        Report($"Unknown type \"{name}\".", node);
        return null;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        var roots = new Dictionary<OperationType, ObjectType?>();
        foreach (var schemaNode in _schemaExtensions.Prepend(_schemaDefinition).OfType<SchemaDefinitionNode>())
        {
            foreach (var operationType in schemaNode.OperationTypes)
            {
                var operationName = operationType.Operation.ToString();
                if (roots.ContainsKey(operationType.Operation))
                {
                    Report($"There can be only one {operationName.ToLowerInvariant()} type in schema.", operationType);
                    continue;
                }
                var root = ResolveNamedType(operationType.Type);
                if (root is not null and not ObjectType)
                    Report($"{operationName} root type must be Object type, it cannot be {root.Name}.", operationType.Type);
                roots[operationType.Operation] = root as ObjectType;
            }
        }
        if (_schemaDefinition is null)
        {
            foreach (var operation in Enum.GetValues<OperationType>())
            {
                if (!roots.ContainsKey(operation) && _types.GetValueOrDefault(operation.ToString()) is ObjectType byName)
                    roots[operation] = byName;
            }
        }
        return (roots.GetValueOrDefault(OperationType.Query), roots.GetValueOrDefault(OperationType.Mutation), roots.GetValueOrDefault(OperationType.Subscription));
    }

    private void AttachCode()
    {
        foreach (var (coordinate, resolver) in options.Resolvers)
        {
            if (FindField(coordinate, "Resolvers") is { } field)
                field.Resolver = resolver;
        }
        foreach (var (coordinate, subscriber) in options.Subscribers)
        {
            if (FindField(coordinate, "Subscribers") is { } field)
                field.Subscriber = subscriber;
        }
        foreach (var (typeName, resolver) in options.TypeResolvers)
        {
            switch (_types.GetValueOrDefault(typeName))
            {
                case InterfaceType interfaceType:
                    interfaceType.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    Report($"TypeResolvers: the schema has no interface or union named \"{typeName}\".");
                    break;
            }
        }
        if (options.FieldMiddleware.Count == 0)
            return;
        foreach (var type in _types.Values.OfType<ComplexType>())
        {
            foreach (var field in type.Fields)
                field.MiddlewareList.InsertRange(0, options.FieldMiddleware);
        }
    }

    private OutputField? FindField(string coordinate, string optionName)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && _types.GetValueOrDefault(coordinate[..dot]) is ComplexType type && type.Fields[coordinate[(dot + 1)..]] is { } field)
            return field;
        Report($"{optionName}: the schema has no field \"{coordinate}\" (expected \"Type.field\").");
        return null;
    }

    internal static DirectiveNode? FindDirective(IHasDirectives node, DirectiveDefinition directive) =>
        node.Directives.FirstOrDefault(applied => applied.Name.Value == directive.Name);

    private static string? StringArgument(DirectiveNode directive, string argumentName) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == argumentName)?.Value is StringValueNode value ? value.Value : null;

    internal static string? DeprecationReasonOf(IHasDirectives node) =>
        FindDirective(node, Directives.Deprecated) is { } deprecated
            ? StringArgument(deprecated, "reason") ?? Directives.DefaultDeprecationReason
            : null;

    internal static IReadOnlyList<AppliedDirective> AppliedDirectivesOf(IReadOnlyList<IHasDirectives> nodes) =>
        nodes.SelectMany(node => node.Directives)
            .Select(directive => new AppliedDirective(directive.Name.Value, directive.Arguments, directive))
            .ToList();
}
