using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Sermo.GraphQL;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;
using Sermo.GraphQL.Validation;
using Xunit.Abstractions;

namespace Sermo.Tests.Validation;

/// <summary>Our validators against graphql-js 16's own validation tests (see the README of the data folder).
/// graphql-js runs one rule per case, so each case runs the rule of the same name: its errors must match in
/// number and locations exactly, and in message loosely (the same quoted names, in the same order). Every
/// case also runs all rules at once, which must not fail.</summary>
public sealed partial class GraphQLJsValidationConformanceTests(ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<string, Schema> Schemas = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Schema> ExtendedSchemas = new(StringComparer.Ordinal);

    public static TheoryData<string, int> Cases()
    {
        var rows = new TheoryData<string, int>();
        var cases = ValidationConformanceData.Cases;
        for (var i = 0; i < cases.Count; i++)
        {
            var testCase = cases[i];
            var test = testCase.Test.StartsWith("Validate: ", StringComparison.Ordinal) ? testCase.Test["Validate: ".Length..] : testCase.Test;
            rows.Add($"{i:000} {testCase.Rule}: {test}", i);
        }
        return rows;
    }

    [ValidationConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Reports_what_graphql_js_reports_for_the_rule(string label, int index)
    {
        var testCase = ValidationConformanceData.Cases[index];
        output.WriteLine(label);
        output.WriteLine(testCase.Document);
        var document = Parser.Parse(testCase.Document);

        IReadOnlyList<GraphQLError> actual;
        if (testCase.Kind == "sdl")
        {
            var schemaToExtend = testCase.Schema is null ? null : SchemaToExtend(testCase.Schema);
            actual = SdlValidator.Validate(document, schemaToExtend, [SdlRuleNamed(testCase.Rule)]);
            SdlValidator.Validate(document, schemaToExtend);
        }
        else
        {
            var schema = SchemaFor(testCase.Schema ?? throw new InvalidOperationException("An executable case without a schema."));
            actual = DocumentValidator.Validate(schema, document, [RuleNamed(testCase.Rule)]);
            DocumentValidator.Validate(schema, document);
        }

        foreach (var error in testCase.Errors)
            output.WriteLine($"expected: {error.Message} at {string.Join(", ", error.Locations)}");
        foreach (var error in actual)
            output.WriteLine($"actual:   {error.Message} at {string.Join(", ", error.Locations ?? [])}");

        Assert.Equal(testCase.Errors.Count, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            Assert.Equal(testCase.Errors[i].Locations, actual[i].Locations ?? []);
            Assert.Equal(QuotedNames(testCase.Errors[i].Message), QuotedNames(actual[i].Message));
            Assert.Equal(ErrorCodes.ValidationFailed, actual[i].Code);
        }
    }

    /// <summary>The schema an executable case is validated against: built and validated (graphql-js's
    /// validate() also refuses invalid schemas). Its CustomScalar stands for graphql-js's test scalar whose
    /// literal parsing fails without saying why.</summary>
    private static Schema SchemaFor(string schema) =>
        Schemas.GetOrAdd(schema, sdl =>
        {
            var options = new SdlBuildOptions();
            options.Scalars["CustomScalar"] = new RejectingScalar("CustomScalar");
            return SdlSchemaBuilder.Build(sdl == "harness" ? ValidationConformanceData.HarnessSchema : sdl, options);
        });

    /// <summary>The schema an SDL case extends, built like graphql-js's buildSchema: without type-system
    /// validation, since these cases extend deliberately incomplete schemas (no query type, empty types).</summary>
    private static Schema SchemaToExtend(string sdl) =>
        ExtendedSchemas.GetOrAdd(sdl, text => new SdlSchemaConstruction(Parser.Parse(text), new SdlBuildOptions()).Construct());

    private static IValidationRule RuleNamed(string name) =>
        DocumentValidator.SpecifiedRules.Single(rule => rule.GetType().Name == name);

    private static ISdlValidationRule SdlRuleNamed(string name) =>
        SdlValidator.SpecifiedRules.Single(rule => rule.GetType().Name == name);

    private static string[] QuotedNames(string message) =>
        QuotedName().Matches(message).Select(match => match.Value).ToArray();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedName();
}
