using Sermo.GraphQL;
using Sermo.GraphQL.Language;
using Sermo.GraphQL.Validation;

namespace Sermo.Tests.Validation;

/// <summary>The SDL rules run together, as the schema builder runs them.</summary>
public sealed class SdlValidatorTests
{
    [Fact]
    public void Valid_sdl_has_no_errors()
    {
        var sdl = Parser.Parse("""
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            type Query @tag(name: "a") @tag(name: "b") { hello(to: String = "world"): String @deprecated }
            extend type Query { bye: String }
            """);

        Assert.Empty(SdlValidator.Validate(sdl));
    }

    [Fact]
    public void All_sdl_rules_report_in_document_order()
    {
        var sdl = Parser.Parse("""
            type Query { a: Strin, a: Int }
            extend enum Query { A }
            directive @d(x: Int!) on OBJECT
            type Other @d @unknown { b: Int }
            """);

        var errors = SdlValidator.Validate(sdl);

        Assert.All(errors, error => Assert.Equal(ErrorCodes.ValidationFailed, error.Code));
        Assert.Equal(
            [
                "Field \"Query.a\" can only be defined once.",
                "Unknown type \"Strin\". Did you mean \"String\"?",
                "Cannot extend non-enum type \"Query\".",
                "Directive \"@d\" argument \"x\" of type \"Int!\" is required, but it was not provided.",
                "Unknown directive \"@unknown\".",
            ],
            errors.Select(error => error.Message));
    }
}
