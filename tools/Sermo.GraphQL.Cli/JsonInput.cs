using System.Text.Json;

namespace Sermo.GraphQL.Cli;

/// <summary>Reads request JSON the way the engine takes it.</summary>
internal static class JsonInput
{
    /// <summary>The variables by name. Their values stay JSON elements: the executor's input coercion reads
    /// JSON elements as it reads plain values.</summary>
    /// <exception cref="CliUsageException">The variables are not a JSON object.</exception>
    public static IReadOnlyDictionary<string, object?> ToVariables(JsonElement variables)
    {
        if (variables.ValueKind != JsonValueKind.Object)
            throw new CliUsageException($"The variables must be a JSON object, not {Describe(variables.ValueKind)}.");
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in variables.EnumerateObject())
            values[property.Name] = property.Value;
        return values;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
