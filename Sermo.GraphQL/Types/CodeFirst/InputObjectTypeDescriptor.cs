namespace Sermo.GraphQL.Types;

/// <summary>An input object type declared field by field, with no .NET class behind it: its value reaches resolvers as
/// an <c>IReadOnlyDictionary&lt;string, object?&gt;</c> of the fields given. For inputs that are data rather than a
/// record (filters, sort orders): only the fields named here exist.
/// <code>
/// builder.AddInputObjectType("CaseFilter", input => input
///     .Description("Conditions on cases.")
///     .Field("status", "CaseStatusFilter", "The case's status."));
/// </code></summary>
public sealed class InputObjectTypeDescriptor
{
    internal InputObjectTypeDescriptor(string name) => Name = name;

    internal string Name { get; }
    internal string? DescriptionValue { get; private set; }
    internal bool IsOneOf { get; private set; }
    internal List<(string Name, string TypeReference, string? Description)> FieldList { get; } = [];

    public InputObjectTypeDescriptor Description(string description)
    {
        DescriptionValue = description;
        return this;
    }

    /// <summary>Exactly one field must be given (<c>@oneOf</c>).</summary>
    public InputObjectTypeDescriptor OneOf()
    {
        IsOneOf = true;
        return this;
    }

    /// <summary>A field whose type is written as in SDL (<c>"[CaseStatus!]"</c>), looked up once every type exists.</summary>
    public InputObjectTypeDescriptor Field(string name, string typeReference, string? description = null)
    {
        if (FieldList.Any(field => field.Name == name))
            throw new ArgumentException($"The input field \"{Name}.{name}\" is declared twice.", nameof(name));
        FieldList.Add((name, typeReference, description));
        return this;
    }
}
