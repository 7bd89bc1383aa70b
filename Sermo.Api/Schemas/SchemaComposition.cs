using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas;

/// <summary>A schema being put together from contributors: each adds its types to <see cref="Types"/> and its
/// root fields through <see cref="Query"/>, <see cref="Mutation"/> and <see cref="Subscription"/>. A root
/// type exists only when some contributor gives it a field.</summary>
public sealed class SchemaComposition
{
    private readonly List<Action<ObjectTypeDescriptor<object>>> _query = [];
    private readonly List<Action<ObjectTypeDescriptor<object>>> _mutation = [];
    private readonly List<Action<ObjectTypeDescriptor<object>>> _subscription = [];

    public SchemaComposition(string name, string description)
    {
        Name = name;
        Types = new SchemaBuilder().Description(description);
    }

    /// <summary>The schema's name ("partner", "pharma").</summary>
    public string Name { get; }

    /// <summary>Types, scalars and field middleware.</summary>
    public SchemaBuilder Types { get; }

    public SchemaComposition Query(Action<ObjectTypeDescriptor<object>> fields)
    {
        _query.Add(fields);
        return this;
    }

    public SchemaComposition Mutation(Action<ObjectTypeDescriptor<object>> fields)
    {
        _mutation.Add(fields);
        return this;
    }

    public SchemaComposition Subscription(Action<ObjectTypeDescriptor<object>> fields)
    {
        _subscription.Add(fields);
        return this;
    }

    /// <summary>Builds and validates the schema (throws <see cref="SchemaValidationException"/> listing every problem).</summary>
    public Schema Build()
    {
        Types.AddQueryType(query => _query.ForEach(fields => fields(query)));
        if (_mutation.Count > 0)
            Types.AddMutationType(mutation => _mutation.ForEach(fields => fields(mutation)));
        if (_subscription.Count > 0)
            Types.AddSubscriptionType(subscription => _subscription.ForEach(fields => fields(subscription)));
        return Types.Build();
    }

    /// <summary>Composes a schema from every contributor, in registration order.</summary>
    public static Schema Compose(string name, string description, IEnumerable<ISchemaContributor> contributors)
    {
        var composition = new SchemaComposition(name, description);
        foreach (var contributor in contributors)
            contributor.Contribute(composition);
        return composition.Build();
    }
}
