using System.Security.Claims;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Types;

/// <summary>A resolver context with just what a resolver under test reads: schema, parent, arguments, services.</summary>
internal sealed class FakeResolverContext(Schema schema, object? parent, IReadOnlyDictionary<string, object?>? arguments = null) : IResolverContext
{
    public Schema Schema { get; } = schema;
    public OperationDefinitionNode Operation { get; } = new(OperationType.Query, null, [], [], new SelectionSetNode([]));
    public ObjectType ObjectType { get; init; } = schema.QueryType!;
    public OutputField Field { get; init; } = Introspection.SchemaField;
    public IReadOnlyList<FieldNode> FieldNodes { get; } = [];
    public string ResponseName { get; } = "field";
    public ResultPath Path { get; } = ResultPath.Root;
    public object? Parent { get; } = parent;
    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();
    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();
    public IServiceProvider Services { get; init; } = new ServiceMap();
    public ClaimsPrincipal? User { get; init; }
    public IDictionary<string, object?> RequestData { get; } = new Dictionary<string, object?>();
    public CancellationToken CancellationToken { get; init; }
    public List<GraphQLError> Errors { get; } = [];

    public void ReportError(GraphQLError error) => Errors.Add(error);

    public TLoader DataLoader<TLoader>() where TLoader : class => throw new NotSupportedException("No DataLoader in resolver unit tests.");

    public IReadOnlyList<FieldSelection> SelectionsFor(ObjectType type) => [];

    /// <summary>Resolves <paramref name="fieldName"/> of <paramref name="type"/> on this context's parent.</summary>
    public static async Task<object?> ResolveAsync(Schema schema, ObjectType type, string fieldName, object? parent, IReadOnlyDictionary<string, object?>? arguments = null, IServiceProvider? services = null)
    {
        var field = type.Fields[fieldName] ?? throw new ArgumentException($"{type.Name} has no field {fieldName}.", nameof(fieldName));
        var context = new FakeResolverContext(schema, parent, WithDefaults(field, arguments)) { ObjectType = type, Field = field, Services = services ?? new ServiceMap() };
        return await field.Resolver!(context);
    }

    private static Dictionary<string, object?> WithDefaults(OutputField field, IReadOnlyDictionary<string, object?>? arguments)
    {
        var values = arguments?.ToDictionary() ?? [];
        foreach (var argument in field.Arguments)
        {
            if (!values.ContainsKey(argument.Name) && argument.DefaultValue is { } literal && argument.Type.Nullable() is ScalarType scalar)
                values[argument.Name] = scalar.ParseLiteral(literal);
        }
        return values;
    }
}

/// <summary>A service provider over a fixed set of instances.</summary>
internal sealed class ServiceMap(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
