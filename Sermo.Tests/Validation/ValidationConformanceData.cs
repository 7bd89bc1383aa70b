using System.Text.Json;
using Sermo.GraphQL;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Validation;

/// <summary>One graphql-js validation case: a document (<see cref="Kind"/> "executable" or "sdl"), the
/// graphql-js rule it was written for, the schema ("harness", SDL text, or null), and that rule's errors.</summary>
public sealed record ValidationCase(string Test, string Kind, string Rule, string? Schema, string Document, IReadOnlyList<ValidationCaseError> Errors);

public sealed record ValidationCaseError(string Message, IReadOnlyList<ErrorLocation> Locations);

/// <summary>The graphql-js validation cases in <c>shared/conformance/graphql-js-validation</c> beside the
/// repository, read in place (never copied into the repository).</summary>
public static class ValidationConformanceData
{
    private static readonly Lazy<Loaded> Data = new(Load);

    /// <summary>Why the cases cannot run, or null when they can.</summary>
    public static string? MissingReason => Data.Value.MissingReason;

    public static IReadOnlyList<ValidationCase> Cases => Data.Value.Cases;

    /// <summary>The SDL of the schema the cases call "harness".</summary>
    public static string HarnessSchema => Data.Value.HarnessSchema;

    private sealed record Loaded(string? MissingReason, IReadOnlyList<ValidationCase> Cases, string HarnessSchema);

    private static Loaded Load()
    {
        var root = RepositoryRoot.Find();
        if (root is null)
            return Missing($"no folder holding Sermo.sln above {AppContext.BaseDirectory}");
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "conformance", "graphql-js-validation"));
        var casesFile = Path.Combine(folder, "cases.json");
        var harnessFile = Path.Combine(folder, "harness-schema.graphql");
        if (!File.Exists(casesFile) || !File.Exists(harnessFile))
            return Missing($"{folder} does not hold cases.json and harness-schema.graphql (the shared folder must sit beside the repository)");
        return new Loaded(null, ReadCases(casesFile), File.ReadAllText(harnessFile));
    }

    private static Loaded Missing(string why) => new("graphql-js validation conformance cases skipped: " + why, [], "");

    private static List<ValidationCase> ReadCases(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var cases = new List<ValidationCase>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var kind = item.GetProperty("kind").GetString()!;
            var schema = item.GetProperty("schema");
            cases.Add(new ValidationCase(
                item.GetProperty("test").GetString()!,
                kind,
                item.GetProperty("rule").GetString()!,
                schema.ValueKind == JsonValueKind.String ? schema.GetString() : null,
                item.GetProperty(kind == "sdl" ? "sdl" : "query").GetString()!,
                item.GetProperty("errors").EnumerateArray().Select(ReadError).ToList()));
        }
        return cases;
    }

    private static ValidationCaseError ReadError(JsonElement error) => new(
        error.GetProperty("message").GetString()!,
        error.GetProperty("locations").EnumerateArray()
            .Select(location => new ErrorLocation(location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()))
            .ToList());
}

/// <summary>A theory over the validation cases that reports itself skipped, with the reason, when the
/// shared data is not beside the repository.</summary>
public sealed class ValidationConformanceTheoryAttribute : TheoryAttribute
{
    public ValidationConformanceTheoryAttribute()
    {
        if (ValidationConformanceData.MissingReason is { } reason)
            Skip = reason;
    }
}
