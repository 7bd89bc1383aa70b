namespace Sermo.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> words its errors (graphql-js's validate options).</summary>
public sealed class ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>Leaves out the "Did you mean ...?" hints that name fields, arguments, types, enum values and
    /// input fields close to a mistyped one (graphql-js's <c>hideSuggestions</c>): on a graph whose names are not
    /// all public to every caller, a hint would list names the caller may not know of. The errors themselves,
    /// their number and locations, do not change.</summary>
    public bool HideSuggestions { get; init; }
}
