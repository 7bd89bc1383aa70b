using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas;

/// <summary>A schema being put together from contributors: each adds its types to <see cref="Types"/> and its
/// root fields through <see cref="Query"/>, <see cref="Mutation"/> and <see cref="Subscription"/> (each call an
/// extension of the root type, so two contributors giving one field name fail at start-up, naming both). A root
/// type exists only when some contributor gives it a field.</summary>
public sealed class SchemaComposition
{
    private bool _hasMutation;
    private bool _hasSubscription;

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
        Types.ExtendObjectType("Query", fields);
        return this;
    }

    public SchemaComposition Mutation(Action<ObjectTypeDescriptor<object>> fields)
    {
        _hasMutation = true;
        Types.ExtendObjectType("Mutation", fields);
        return this;
    }

    public SchemaComposition Subscription(Action<ObjectTypeDescriptor<object>> fields)
    {
        _hasSubscription = true;
        Types.ExtendObjectType("Subscription", fields);
        return this;
    }

    /// <summary>Builds and validates the schema (throws <see cref="SchemaValidationException"/> listing every problem).</summary>
    public Schema Build()
    {
        Types.AddQueryType();
        if (_hasMutation)
            Types.AddMutationType();
        if (_hasSubscription)
            Types.AddSubscriptionType();
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
