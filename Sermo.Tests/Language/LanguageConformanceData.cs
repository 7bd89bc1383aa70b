using Sermo.Tests.Infrastructure;
using System.Text.Json;
using Sermo.GraphQL;

namespace Sermo.Tests.Language;

/// <summary>An error graphql-js reported: its message and where.</summary>
public sealed record ExpectedError(string Message, IReadOnlyList<ErrorLocation> Locations);

/// <summary>A text graphql-js rejects, through the entry point <see cref="Api"/> (parse, lex, parseValue or
/// parseConstValue), and what its <c>parse()</c> says of the same text.</summary>
public sealed record SyntaxErrorCase(string Test, string Api, string Source, int? MaxTokens, ExpectedError Error, ExpectedError DocumentError);

/// <summary>A document graphql-js parses, and its <c>print()</c> of it.</summary>
public sealed record ValidDocumentCase(string Test, string Source, string Printed, int? MaxTokens, bool NoLocation, bool LegacyFragmentVariables);

/// <summary>The graphql-js language cases in <c>shared/conformance/graphql-js-language</c> beside the
/// repository, read in place (never copied into the repository).</summary>
public static class LanguageConformanceData
{
    private static readonly Lazy<Loaded> Data = new(Load);

    /// <summary>Why the cases cannot run, or null when they can.</summary>
    public static string? MissingReason => Data.Value.MissingReason;

    public static IReadOnlyList<SyntaxErrorCase> SyntaxErrors => Data.Value.SyntaxErrors;

    public static IReadOnlyList<ValidDocumentCase> ValidDocuments => Data.Value.ValidDocuments;

    private sealed record Loaded(string? MissingReason, IReadOnlyList<SyntaxErrorCase> SyntaxErrors, IReadOnlyList<ValidDocumentCase> ValidDocuments);

    private static Loaded Load()
    {
        var root = RepositoryRoot.Find();
        if (root is null)
            return Missing($"no folder holding Sermo.sln above {AppContext.BaseDirectory}");
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "conformance", "graphql-js-language"));
        var errorsFile = Path.Combine(folder, "syntax-errors.json");
        var validFile = Path.Combine(folder, "valid-documents.json");
        if (!File.Exists(errorsFile) || !File.Exists(validFile))
            return Missing($"{folder} does not hold syntax-errors.json and valid-documents.json (the shared folder must sit beside the repository)");
        return new Loaded(null, ReadSyntaxErrors(errorsFile), ReadValidDocuments(validFile));
    }

    private static Loaded Missing(string why) =>
        new("graphql-js language conformance cases skipped: " + why, [], []);

    private static List<SyntaxErrorCase> ReadSyntaxErrors(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var cases = new List<SyntaxErrorCase>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var error = ReadError(item);
            var documentError = item.TryGetProperty("parseDocument", out var document) ? ReadError(document) : error;
            cases.Add(new SyntaxErrorCase(
                item.GetProperty("test").GetString()!,
                item.GetProperty("api").GetString()!,
                ReadSource(item),
                ReadMaxTokens(item),
                error,
                documentError));
        }
        return cases;
    }

    private static List<ValidDocumentCase> ReadValidDocuments(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var cases = new List<ValidDocumentCase>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            cases.Add(new ValidDocumentCase(
                item.GetProperty("test").GetString()!,
                ReadSource(item),
                item.GetProperty("printed").GetString()!,
                ReadMaxTokens(item),
                OptionIsTrue(item, "noLocation"),
                OptionIsTrue(item, "allowLegacyFragmentVariables")));
        }
        return cases;
    }

    /// <summary>The text, rebuilt from UTF-16 code units where it holds unpaired surrogates that JSON
    /// readers refuse.</summary>
    private static string ReadSource(JsonElement item)
    {
        if (item.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String)
            return source.GetString()!;
        var units = item.GetProperty("sourceUtf16");
        var chars = new char[units.GetArrayLength()];
        var i = 0;
        foreach (var unit in units.EnumerateArray())
            chars[i++] = (char)unit.GetInt32();
        return new string(chars);
    }

    private static ExpectedError ReadError(JsonElement item)
    {
        var locations = new List<ErrorLocation>();
        foreach (var location in item.GetProperty("locations").EnumerateArray())
            locations.Add(new ErrorLocation(location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()));
        return new ExpectedError(item.GetProperty("message").GetString()!, locations);
    }

    private static int? ReadMaxTokens(JsonElement item) =>
        item.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object
            && options.TryGetProperty("maxTokens", out var maxTokens)
            ? maxTokens.GetInt32()
            : null;

    private static bool OptionIsTrue(JsonElement item, string option) =>
        item.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object
            && options.TryGetProperty(option, out var value) && value.ValueKind == JsonValueKind.True;
}

/// <summary>A theory over the conformance cases that reports itself skipped, with the reason, when the
/// shared data is not beside the repository.</summary>
public sealed class LanguageConformanceTheoryAttribute : TheoryAttribute
{
    public LanguageConformanceTheoryAttribute()
    {
        if (LanguageConformanceData.MissingReason is { } reason)
            Skip = reason;
    }
}
