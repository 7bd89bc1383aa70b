using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

internal enum RootKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>What a <see cref="SchemaBuilder"/> was given, before anything is built.</summary>
internal sealed class CodeFirstRegistry
{
    public Dictionary<RootKind, ObjectTypeDescriptor> Roots { get; } = [];
    public List<Type> OutputTypes { get; } = [];
    public List<Type> InputTypes { get; } = [];
    public Dictionary<Type, ObjectTypeDescriptor> Descriptors { get; } = [];
    public List<(ScalarType Scalar, Type? RuntimeType)> Scalars { get; } = [];
    public List<NamedType> PrebuiltTypes { get; } = [];
    public List<DirectiveDefinition> Directives { get; } = [];
    public List<FieldMiddleware> FieldMiddleware { get; } = [];
    public string? Description { get; set; }
}
