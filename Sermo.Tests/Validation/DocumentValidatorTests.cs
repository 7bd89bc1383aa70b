using System.Text;
using Sermo.GraphQL;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;
using Sermo.GraphQL.Validation;
using Sermo.GraphQL.Validation.Rules;

namespace Sermo.Tests.Validation;

/// <summary>What the graphql-js cases do not cover: hostile documents, the error limit, the current spec's
/// subscription rule on @skip/@include, and running all rules in one walk.</summary>
public sealed class DocumentValidatorTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("""
        type Query { node(id: ID): Node, nodes: [Node] }
        type Node { id: ID, name: String, child: Node, children(first: Int): [Node] }
        type Subscription { changed: Node, removed: ID }
        """);

    private static IReadOnlyList<GraphQLError> Validate(string document, params IValidationRule[] rules) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document, new ParserOptions { MaxTokens = 1_000_000, MaxDocumentBytes = 16 * 1024 * 1024 }),
            rules.Length == 0 ? null : rules);

    [Fact]
    public void A_valid_document_has_no_errors_under_all_rules()
    {
        var errors = Validate("""
            query Q($id: ID) { node(id: $id) { ...Named child { id } } }
            fragment Named on Node { name @include(if: true) }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Descriptions_of_executable_definitions_are_not_taken_for_values()
    {
        var errors = Validate("""
            "Finds a node"
            query Q("the node's id" $id: ID, "a count" $first: Int) { node(id: $id) { children(first: $first) { id } } }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void All_rules_report_in_one_walk_with_the_validation_code_and_locations()
    {
        var errors = Validate("{ node { nope } ...Missing }");

        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.Equal(ErrorCodes.ValidationFailed, error.Code));
        Assert.Contains(errors, error => error.Message == "Cannot query field \"nope\" on type \"Node\". Did you mean \"name\"?" && error.Locations![0] == new ErrorLocation(1, 10));
        Assert.Contains(errors, error => error.Message == "Unknown fragment \"Missing\"." && error.Locations![0] == new ErrorLocation(1, 20));
    }

    [Fact]
    public void Fragments_spreading_the_next_one_twice_validate_without_exponential_work()
    {
        // Expanded naively, fragment F0 holds 2^40 copies of the last fragment's fields.
        const int depth = 40;
        var document = new StringBuilder("{ node { ...F0 } }\n");
        for (var i = 0; i < depth; i++)
            document.Append($"fragment F{i} on Node {{ child {{ ...F{i + 1} }} child {{ ...F{i + 1} id }} }}\n");
        document.Append($"fragment F{depth} on Node {{ id name }}\n");

        Assert.Empty(Validate(document.ToString()));
    }

    [Fact]
    public void Many_fragments_spread_together_are_each_compared_once()
    {
        const int count = 150;
        var document = new StringBuilder("{ node { ");
        for (var i = 0; i < count; i++)
            document.Append($"...F{i} ");
        document.Append("} }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append($"fragment F{i} on Node {{ id child {{ name ");
            for (var j = i + 1; j < Math.Min(i + 6, count); j++)
                document.Append($"...F{j} ");
            document.Append("} }\n");
        }

        Assert.Empty(Validate(document.ToString(), new OverlappingFieldsCanBeMergedRule()));
    }

    [Fact]
    public void Fragments_cycling_through_fields_are_reported_not_crashed()
    {
        const int count = 150;
        var document = new StringBuilder("{ node { ...F0 } }\n");
        for (var i = 0; i < count; i++)
            document.Append($"fragment F{i} on Node {{ id child {{ ...F{(i + 1) % count} ...F{(i + 2) % count} }} }}\n");

        var errors = Validate(document.ToString());

        Assert.Contains(errors, error => error.Message.StartsWith("Cannot spread fragment \"F0\" within itself", StringComparison.Ordinal));
        Assert.All(errors, error => Assert.Equal(ErrorCodes.ValidationFailed, error.Code));
    }

    [Fact]
    public void A_field_repeated_thousands_of_times_is_compared_once()
    {
        var document = "{ nodes { " + string.Concat(Enumerable.Repeat("child { name } name ", 5_000)) + "} }";

        Assert.Empty(Validate(document, new OverlappingFieldsCanBeMergedRule()));
    }

    [Fact]
    public void Thousands_of_conflicting_fields_stop_at_the_error_limit()
    {
        var document = "{ nodes { " + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"x: children(first: {i}) {{ id }} ")) + "} }";

        var errors = Validate(document, new OverlappingFieldsCanBeMergedRule());

        Assert.Equal(ValidationContextBase.MaxErrors + 1, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.StartsWith("Fields \"x\" conflict because they have differing arguments.", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_name_repeated_with_thousands_of_different_selections_is_refused_as_too_complex()
    {
        // 2,500 selections of one field need 3 million pairwise comparisons: more than the budget allows.
        var document = "{ nodes { " + string.Concat(Enumerable.Range(0, 2_500).Select(i => $"child {{ c{i}: id }} ")) + "} }";

        var error = Assert.Single(Validate(document, new OverlappingFieldsCanBeMergedRule()));

        Assert.StartsWith("The document is too complex to validate", error.Message, StringComparison.Ordinal);
        Assert.Equal([new ErrorLocation(1, 9)], error.Locations);
    }

    [Fact]
    public void A_long_chain_of_fragments_is_checked_for_cycles_without_deep_recursion()
    {
        const int count = 20_000;
        var document = new StringBuilder("{ node { ...F0 } }\n");
        for (var i = 0; i < count; i++)
            document.Append($"fragment F{i} on Node {{ ...F{(i + 1) % count} }}\n");

        var errors = Validate(document.ToString(), new NoFragmentCyclesRule());

        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(count, error.Locations!.Count);
    }

    [Fact]
    public void A_document_nested_deeper_than_the_stack_allows_is_refused_not_crashed()
    {
        // Built directly: the parser's depth limit would refuse it first.
        SelectionSetNode selectionSet = new([new FieldNode(null, new NameNode("id"), [], [], null)]);
        for (var i = 0; i < 200_000; i++)
            selectionSet = new SelectionSetNode([new FieldNode(null, new NameNode("child"), [], [], selectionSet)]);
        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet)]);

        var errors = DocumentValidator.Validate(Schema, document);

        Assert.Equal("The document is nested too deeply to be validated.", errors[^1].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[^1].Code);
    }

    [Fact]
    public void Subscription_root_selections_may_not_use_skip_or_include()
    {
        var errors = Validate("""
            subscription S($on: Boolean!) { changed @skip(if: $on) { id } }
            subscription T($on: Boolean!) { ... @include(if: $on) { removed } }
            """, new SingleFieldSubscriptionsRule());

        Assert.Equal(2, errors.Count);
        Assert.Equal("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", errors[0].Message);
        Assert.Equal([new ErrorLocation(1, 41)], errors[0].Locations);
        Assert.Equal([new ErrorLocation(2, 37)], errors[1].Locations);
    }

    [Fact]
    public void Skip_and_include_below_the_subscription_root_are_allowed()
    {
        Assert.Empty(Validate("subscription S($on: Boolean!) { changed { id @skip(if: $on) } }"));
    }

    [Fact]
    public void A_custom_rule_runs_alone_when_given()
    {
        var errors = Validate("{ node { nope } }", new ScalarLeafsRule());

        Assert.Empty(errors);
    }
}
