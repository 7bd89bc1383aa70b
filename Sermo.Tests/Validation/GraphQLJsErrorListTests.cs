using System.Text.Json;
using System.Text.Json.Nodes;
using Sermo.GraphQL;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Utilities;
using Sermo.GraphQL.Validation;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.Validation;

/// <summary>Our full validation against graphql-js 16's <c>validate()</c> with every specified rule (run by
/// tools/node/validate-documents.mjs): the same errors, messages and locations, in the same order, for documents
/// where the two once disagreed, and the same with graphql-js's <c>hideSuggestions</c>.</summary>
public sealed class GraphQLJsErrorListTests
{
    private const string SchemaSdl = """
        type Query { dog: Dog pet(by: PetBy): Dog dogs(size: Size, filter: DogFilter): [Dog] }
        type Dog { name: String nickname: String barks: Boolean owner: Dog friend(hops: Int): Dog }
        input PetBy @oneOf { id: ID name: String }
        input DogFilter { nameStartsWith: String }
        enum Size { SMALL MEDIUM LARGE }
        directive @trace(label: String) on FIELD
        """;

    private static readonly GraphQL.Types.Schema Schema = SdlSchemaBuilder.Build(SchemaSdl);

    /// <summary>Documents whose error lists once differed from graphql-js's.</summary>
    public static TheoryData<string, string> OnceDifferent() => new()
    {
        // The last of two fragments with one name is the one spreads reach (graphql-js's getFragment), so the
        // fragments only the first one spreads are unused, and those only the last one spreads are used.
        { "a duplicated fragment name", """
            { dog { ...A } }
            fragment A on Dog { name ...B }
            fragment A on Dog { name ...C }
            fragment B on Dog { name }
            fragment C on Dog { barks }
            """ },
        { "a duplicated fragment name whose last definition spreads nothing", """
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment A on Dog { name }
            fragment B on Dog { name }
            """ },
        // A conflict inside an inline fragment belongs to the selection set around it: reported once.
        { "a conflict inside an inline fragment", "{ dog { ... on Dog { name: nickname name } } }" },
        { "a conflict inside nested inline fragments", "{ dog { ... { ... on Dog { name: nickname } name } } }" },
        // A nullable variable as a one-of field: VariablesInAllowedPosition's one error, not a second from ValuesOfCorrectType.
        { "a nullable variable in a one-of input", "query Q($id: ID) { pet(by: { id: $id }) { name } }" },
        // A fragment spreading one cycle twice: the cycle is found at the spread graphql-js meets first.
        { "a fragment cycle reachable through two spreads", """
            { dog { ...A } }
            fragment A on Dog { ... on Dog { ...B } owner { ...B } }
            fragment B on Dog { ...A }
            """ },
    };

    /// <summary>One document per kind of "Did you mean" hint that names something of the schema.</summary>
    public static TheoryData<string, string> Suggesting() => new()
    {
        { "a mistyped field", "{ dog { nam } }" },
        { "a field written in another case", "{ dog { nickName } }" },
        { "a mistyped argument", "{ dog { friend(hop: 1) { name } } }" },
        { "a mistyped directive argument", "{ dog { name @trace(labl: \"x\") } }" },
        { "a mistyped type", "query Q($by: PetB) { pet(by: $by) { name } }" },
        { "a mistyped enum value", "{ dogs(size: SMAL) { name } }" },
        { "a mistyped input field", "{ dogs(filter: { nameStartWith: \"R\" }) { name } }" },
    };

    [Theory]
    [MemberData(nameof(OnceDifferent))]
    public async Task Reports_the_errors_graphql_js_reports(string label, string document)
    {
        Assert.NotEmpty(label);
        var expected = await GraphQLJsErrorsAsync(document, hideSuggestions: false);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Describe(DocumentValidator.Validate(Schema, Parser.Parse(document))));
    }

    [Theory]
    [MemberData(nameof(Suggesting))]
    public async Task Hidden_suggestions_leave_every_did_you_mean_out_as_graphql_js_does(string label, string document)
    {
        Assert.NotEmpty(label);
        var hidden = Describe(DocumentValidator.Validate(Schema, Parser.Parse(document), options: new ValidationOptions { HideSuggestions = true }));

        Assert.NotEmpty(hidden);
        Assert.All(hidden, error => Assert.DoesNotContain("Did you mean", error, StringComparison.Ordinal));
        Assert.Equal(await GraphQLJsErrorsAsync(document, hideSuggestions: true), hidden);
    }

    [Theory]
    [MemberData(nameof(Suggesting))]
    public async Task Suggestions_stay_by_default_as_graphql_js_words_them(string label, string document)
    {
        Assert.NotEmpty(label);
        var shown = Describe(DocumentValidator.Validate(Schema, Parser.Parse(document)));

        Assert.Contains(shown, error => error.Contains("Did you mean", StringComparison.Ordinal));
        Assert.Equal(await GraphQLJsErrorsAsync(document, hideSuggestions: false), shown);
    }

    /// <summary>Each error as "message @ line:column, ...", so a difference shows both whole.</summary>
    private static List<string> Describe(IEnumerable<GraphQLError> errors) =>
        errors.Select(error => Describe(error.Message, (error.Locations ?? []).Select(location => (location.Line, location.Column)))).ToList();

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        $"{message} @ {string.Join(", ", locations.Select(location => $"{location.Line}:{location.Column}"))}";

    private static async Task<List<string>> GraphQLJsErrorsAsync(string document, bool hideSuggestions)
    {
        var input = new JsonObject
        {
            ["schema"] = SchemaSdl,
            ["documents"] = new JsonArray(document),
            ["hideSuggestions"] = hideSuggestions,
        };
        var output = await NodeTools.RunScriptAsync("validate-documents.mjs", input.ToJsonString());
        using var results = JsonDocument.Parse(output);
        return results.RootElement[0].EnumerateArray()
            .Select(error => Describe(
                error.GetProperty("message").GetString()!,
                error.GetProperty("locations").EnumerateArray().Select(location => (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()))))
            .ToList();
    }
}
