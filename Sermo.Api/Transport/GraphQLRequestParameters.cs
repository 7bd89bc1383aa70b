using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Sermo.Api.Transport;

/// <summary>The parameters of one GraphQL request as the GraphQL-over-HTTP specification names them, read
/// from a POST body, a GET query string or a WebSocket/SSE payload. Variable and extension values stay JSON
/// elements (detached from the parsed document); the engine coerces them against the operation.</summary>
public sealed record GraphQLRequestParameters(
    string Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions)
{
    /// <summary>Reads <c>{"query", "operationName", "variables", "extensions"}</c>; other members are ignored.</summary>
    public static bool TryParse(JsonElement json, [NotNullWhen(true)] out GraphQLRequestParameters? parameters, [NotNullWhen(false)] out string? error)
    {
        parameters = null;
        if (json.ValueKind != JsonValueKind.Object)
            return Fail("The request must be a JSON object.", out error);
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var member in json.EnumerateObject())
        {
            var value = member.Value;
            switch (member.Name)
            {
                case "query":
                    if (value.ValueKind != JsonValueKind.String)
                        return Fail("The 'query' parameter must be a string.", out error);
                    query = value.GetString();
                    break;
                case "operationName" when value.ValueKind == JsonValueKind.String:
                    operationName = value.GetString();
                    break;
                case "operationName" when value.ValueKind != JsonValueKind.Null:
                    return Fail("The 'operationName' parameter must be a string or null.", out error);
                case "variables" when !TryReadMap(value, out variables):
                    return Fail("The 'variables' parameter must be an object or null.", out error);
                case "extensions" when !TryReadMap(value, out extensions):
                    return Fail("The 'extensions' parameter must be an object or null.", out error);
            }
        }
        if (string.IsNullOrWhiteSpace(query))
            return Fail("The 'query' parameter is missing: send the GraphQL document as a string.", out error);
        parameters = new GraphQLRequestParameters(query, operationName, variables, extensions);
        error = null;
        return true;
    }

    /// <summary>Reads a GET query string: <c>query</c>, <c>operationName</c>, and <c>variables</c> and
    /// <c>extensions</c> as JSON text.</summary>
    public static bool TryParse(IQueryCollection queryString, [NotNullWhen(true)] out GraphQLRequestParameters? parameters, [NotNullWhen(false)] out string? error)
    {
        parameters = null;
        if (!TrySingle(queryString, "query", out var query) || string.IsNullOrWhiteSpace(query))
            return Fail("The 'query' parameter is missing: send the GraphQL document in the 'query' query-string parameter.", out error);
        if (!TrySingle(queryString, "operationName", out var operationName))
            return Fail("The 'operationName' parameter must appear at most once.", out error);
        if (!TryReadJsonMap(queryString, "variables", out var variables))
            return Fail("The 'variables' parameter must be a JSON object.", out error);
        if (!TryReadJsonMap(queryString, "extensions", out var extensions))
            return Fail("The 'extensions' parameter must be a JSON object.", out error);
        parameters = new GraphQLRequestParameters(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
        error = null;
        return true;
    }

    private static bool TrySingle(IQueryCollection queryString, string name, out string? value)
    {
        var values = queryString[name];
        value = values.Count == 1 ? values[0] : null;
        return values.Count <= 1;
    }

    private static bool TryReadJsonMap(IQueryCollection queryString, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (!TrySingle(queryString, name, out var text))
            return false;
        if (string.IsNullOrEmpty(text))
            return true;
        try
        {
            using var document = ClientJson.Parse(text);
            return TryReadMap(document.RootElement, out map);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>An object's members as a map of detached JSON elements; null for JSON null.</summary>
    private static bool TryReadMap(JsonElement value, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (value.ValueKind == JsonValueKind.Null)
            return true;
        if (value.ValueKind != JsonValueKind.Object)
            return false;
        var detached = value.Clone();
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in detached.EnumerateObject())
            members[member.Name] = member.Value;
        map = members;
        return true;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
