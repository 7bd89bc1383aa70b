using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Validation;

namespace Sermo.GraphQL.Utilities;

/// <summary>Builds a <see cref="Schema"/> from SDL (graphql-js's buildASTSchema with extensions applied):
/// definitions and extensions of every kind, directive definitions, descriptions, <c>@deprecated</c>,
/// <c>@specifiedBy</c> and <c>@oneOf</c> read into the model, other applied directives kept as written.
/// Without a schema definition, the types named Query, Mutation and Subscription are the root types.</summary>
public static class SdlSchemaBuilder
{
    /// <summary>Throws <see cref="SchemaValidationException"/> listing every problem with its locations: syntax,
    /// then graphql-js's SDL rules (<see cref="SdlValidator"/>), then the type-system rules (<see cref="SchemaValidator"/>).</summary>
    public static Schema Build(string sdl, SdlBuildOptions? options = null)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl);
        }
        catch (GraphQLException syntaxError)
        {
            throw new SchemaValidationException([syntaxError.Error]);
        }
        return Build(document, options);
    }

    /// <inheritdoc cref="Build(string, SdlBuildOptions?)"/>
    public static Schema Build(DocumentNode document, SdlBuildOptions? options = null)
    {
        var sdlErrors = SdlValidator.Validate(document);
        if (sdlErrors.Count > 0)
            throw new SchemaValidationException(sdlErrors);
        var schema = new SdlSchemaConstruction(document, options ?? new SdlBuildOptions()).Construct();
        SchemaValidator.ThrowIfInvalid(schema);
        return schema;
    }
}
