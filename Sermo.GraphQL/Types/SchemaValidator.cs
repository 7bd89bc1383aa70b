using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types;

/// <summary>The type-system rules of the spec (sections 3 and 4) that a built schema must satisfy, with
/// graphql-js's messages. Each error carries the code GRAPHQL_VALIDATION_FAILED and the SDL locations when
/// the schema was built from SDL.</summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var run = new Run(schema);
        run.ValidateRootTypes();
        run.ValidateDirectives();
        run.ValidateTypes();
        return run.Errors;
    }

    /// <summary>Throws <see cref="SchemaValidationException"/> with every error when the schema is invalid.</summary>
    public static void ThrowIfInvalid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
            throw new SchemaValidationException(errors);
    }

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always a valid value of
    /// <paramref name="superType"/> (covariant field types of interface implementations).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType) =>
        (maybeSubType, superType) switch
        {
            _ when maybeSubType.IsEqualType(superType) => true,
            (NonNullType sub, NonNullType super) => IsTypeSubTypeOf(schema, sub.OfType, super.OfType),
            (_, NonNullType) => false,
            (NonNullType sub, _) => IsTypeSubTypeOf(schema, sub.OfType, superType),
            (ListType sub, ListType super) => IsTypeSubTypeOf(schema, sub.OfType, super.OfType),
            (_, ListType) or (ListType, _) => false,
            (ComplexType sub, NamedType super) => super.IsAbstractType() && schema.IsSubType(super, sub),
            _ => false,
        };

    private sealed class Run(Schema schema)
    {
        public List<GraphQLError> Errors { get; } = [];

        private void Report(string message, params SyntaxNode?[] nodes) =>
            Errors.Add(GraphQLError.At(message, ErrorCodes.ValidationFailed, nodes));

        public void ValidateRootTypes()
        {
            if (schema.QueryType is null)
                Report("Query root type must be provided.", schema.SyntaxNode);

            var roots = new[] { (OperationType.Query, schema.QueryType), (OperationType.Mutation, schema.MutationType), (OperationType.Subscription, schema.SubscriptionType) };
            foreach (var group in roots.Where(root => root.Item2 is not null).GroupBy(root => root.Item2!))
            {
                var operations = group.Select(root => root.Item1.ToString().ToLowerInvariant()).ToList();
                if (operations.Count > 1)
                    Report($"All root types must be different, \"{group.Key.Name}\" type is used as {string.Join(" and ", operations)} root types.", schema.SyntaxNode);
            }
        }

        public void ValidateDirectives()
        {
            foreach (var directive in schema.Directives)
            {
                ValidateName(directive.Name, directive.SyntaxNode);
                if (directive.Locations.Count == 0)
                    Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
                foreach (var argument in directive.Arguments)
                {
                    ValidateName(argument.Name, argument.SyntaxNode);
                    if (!argument.Type.IsInputType())
                        Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SyntaxNode?.Type);
                    if (IsRequired(argument) && argument.IsDeprecated)
                        Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedNode(argument.SyntaxNode), argument.SyntaxNode?.Type);
                }
            }
        }

        public void ValidateTypes()
        {
            var circularInputs = new InputCycleDetector(this);
            foreach (var type in schema.Types)
            {
                if (!Introspection.IsIntrospectionType(type))
                    ValidateName(type.Name, type.SyntaxNode);
                switch (type)
                {
                    case ComplexType complex:
                        ValidateFields(complex);
                        ValidateInterfaces(complex);
                        break;
                    case UnionType union:
                        ValidateUnionMembers(union);
                        break;
                    case EnumType enumType:
                        ValidateEnumValues(enumType);
                        break;
                    case InputObjectType input:
                        ValidateInputFields(input);
                        circularInputs.Detect(input);
                        break;
                }
            }
        }

        private void ValidateName(string name, SyntaxNode? node)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
                Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            else if (name.Length == 0)
                Report("Expected name to be a non-empty string.", node);
            else if (!char.IsAsciiLetter(name[0]) && name[0] != '_')
                Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            else if (name.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_'))
                Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
        }

        private void ValidateFields(ComplexType type)
        {
            if (type.Fields.Count == 0)
                Report($"Type {type.Name} must define one or more fields.", type.SyntaxNode);
            foreach (var field in type.Fields)
            {
                ValidateName(field.Name, field.SyntaxNode);
                if (!field.Type.IsOutputType())
                    Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.SyntaxNode?.Type);
                foreach (var argument in field.Arguments)
                {
                    ValidateName(argument.Name, argument.SyntaxNode);
                    if (!argument.Type.IsInputType())
                        Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SyntaxNode?.Type);
                    if (IsRequired(argument) && argument.IsDeprecated)
                        Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedNode(argument.SyntaxNode), argument.SyntaxNode?.Type);
                }
            }
        }

        private void ValidateInterfaces(ComplexType type)
        {
            var seen = new HashSet<InterfaceType>();
            foreach (var implemented in type.Interfaces)
            {
                if (ReferenceEquals(implemented, type))
                {
                    Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", InterfaceNode(type, implemented));
                    continue;
                }
                if (!seen.Add(implemented))
                {
                    Report($"Type {type.Name} can only implement {implemented.Name} once.", InterfaceNode(type, implemented));
                    continue;
                }
                ValidateImplementsAncestors(type, implemented);
                ValidateImplementsInterface(type, implemented);
            }
        }

        private void ValidateImplementsAncestors(ComplexType type, InterfaceType implemented)
        {
            foreach (var transitive in implemented.Interfaces)
            {
                if (type.Interfaces.Contains(transitive))
                    continue;
                Report(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.",
                    InterfaceNode(type, implemented), InterfaceNode(implemented, transitive));
            }
        }

        private void ValidateImplementsInterface(ComplexType type, InterfaceType implemented)
        {
            foreach (var interfaceField in implemented.Fields)
            {
                var fieldName = interfaceField.Name;
                if (!type.Fields.TryGet(fieldName, out var typeField))
                {
                    Report($"Interface field {implemented.Name}.{fieldName} expected but {type.Name} does not provide it.",
                        interfaceField.SyntaxNode, type.SyntaxNode);
                    continue;
                }
                if (!IsTypeSubTypeOf(schema, typeField.Type, interfaceField.Type))
                    Report($"Interface field {implemented.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                        interfaceField.SyntaxNode?.Type, typeField.SyntaxNode?.Type);

                foreach (var interfaceArgument in interfaceField.Arguments)
                {
                    var argumentName = interfaceArgument.Name;
                    if (!typeField.Arguments.TryGet(argumentName, out var typeArgument))
                    {
                        Report($"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                            interfaceArgument.SyntaxNode, typeField.SyntaxNode);
                        continue;
                    }
                    if (!typeArgument.Type.IsEqualType(interfaceArgument.Type))
                        Report($"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                            interfaceArgument.SyntaxNode?.Type, typeArgument.SyntaxNode?.Type);
                }
                foreach (var typeArgument in typeField.Arguments)
                {
                    if (!interfaceField.Arguments.Contains(typeArgument.Name) && IsRequired(typeArgument))
                        Report($"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {implemented.Name}.{fieldName}.",
                            typeArgument.SyntaxNode, interfaceField.SyntaxNode);
                }
            }
        }

        private void ValidateUnionMembers(UnionType union)
        {
            if (union.Types.Count == 0)
                Report($"Union type {union.Name} must define one or more member types.", union.SyntaxNode);
            var seen = new HashSet<ObjectType>();
            foreach (var member in union.Types)
            {
                if (!seen.Add(member))
                    Report($"Union type {union.Name} can only include type {member.Name} once.", MemberNode(union, member.Name));
            }
        }

        private void ValidateEnumValues(EnumType enumType)
        {
            if (enumType.Values.Count == 0)
                Report($"Enum type {enumType.Name} must define one or more values.", enumType.SyntaxNode);
            foreach (var value in enumType.Values)
            {
                ValidateName(value.Name, value.SyntaxNode);
                if (value.Name is "true" or "false" or "null")
                    Report($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.SyntaxNode);
            }
        }

        private void ValidateInputFields(InputObjectType input)
        {
            if (input.Fields.Count == 0)
                Report($"Input Object type {input.Name} must define one or more fields.", input.SyntaxNode);
            foreach (var field in input.Fields)
            {
                ValidateName(field.Name, field.SyntaxNode);
                if (!field.Type.IsInputType())
                    Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.SyntaxNode?.Type);
                if (IsRequired(field) && field.IsDeprecated)
                    Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedNode(field.SyntaxNode), field.SyntaxNode?.Type);
                if (input.IsOneOf)
                {
                    if (field.Type is NonNullType)
                        Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.SyntaxNode?.Type);
                    if (field.HasDefaultValue)
                        Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.SyntaxNode);
                }
            }
        }

        private static bool IsRequired(InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;

        private static DirectiveNode? DeprecatedNode(IHasDirectives? node) =>
            node?.Directives.FirstOrDefault(directive => directive.Name.Value == Directives.Deprecated.Name);

        private static SyntaxNode? InterfaceNode(ComplexType type, InterfaceType implemented) =>
            AllNodes(type).OfType<ComplexTypeDefinitionNode>().SelectMany(node => node.Interfaces)
                .FirstOrDefault(node => node.Name.Value == implemented.Name) ?? (SyntaxNode?)type.SyntaxNode;

        private static SyntaxNode? MemberNode(UnionType union, string memberName) =>
            AllNodes(union).OfType<UnionTypeDefinitionNode>().SelectMany(node => node.Types)
                .LastOrDefault(node => node.Name.Value == memberName) ?? (SyntaxNode?)union.SyntaxNode;

        private static IEnumerable<TypeDefinitionNode> AllNodes(NamedType type) =>
            type.SyntaxNode is null ? type.ExtensionNodes : type.ExtensionNodes.Prepend(type.SyntaxNode);

        /// <summary>Finds input objects that require themselves through non-null fields: no finite value exists.</summary>
        private sealed class InputCycleDetector(Run run)
        {
            private readonly HashSet<InputObjectType> _visited = [];
            private readonly List<InputValue> _fieldPath = [];
            private readonly Dictionary<InputObjectType, int> _pathIndex = [];

            public void Detect(InputObjectType input)
            {
                if (!_visited.Add(input))
                    return;
                _pathIndex[input] = _fieldPath.Count;
                foreach (var field in input.Fields)
                {
                    if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                        continue;
                    _fieldPath.Add(field);
                    if (!_pathIndex.TryGetValue(fieldType, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = _fieldPath.Skip(cycleIndex).ToList();
                        run.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".",
                            cycle.Select(f => (SyntaxNode?)f.SyntaxNode).ToArray());
                    }
                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
                _pathIndex.Remove(input);
            }
        }
    }
}
