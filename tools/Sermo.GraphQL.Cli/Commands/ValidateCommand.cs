using Sermo.GraphQL.Language;
using Sermo.GraphQL.Validation;

namespace Sermo.GraphQL.Cli.Commands;

/// <summary><c>validate</c>: the document's validation errors against the schema, none when valid.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public Task<CommandOutput> RunAsync(CliRequest request, SchemaCache schemas)
    {
        var schema = schemas.Get(request.RequireSchema(Name)).Schema;
        var document = Parser.Parse(request.RequireDocument(Name));
        return Task.FromResult<CommandOutput>(new ErrorsOutput(DocumentValidator.Validate(schema, document)));
    }
}
