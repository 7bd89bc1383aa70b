using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Cli.Commands;

/// <summary><c>print-schema</c>: the schema printed back as SDL.</summary>
internal sealed class PrintSchemaCommand : ICliCommand
{
    public string Name => "print-schema";

    public Task<CommandOutput> RunAsync(CliRequest request, SchemaCache schemas)
    {
        var schema = schemas.Get(request.RequireSchema(Name)).Schema;
        return Task.FromResult<CommandOutput>(new TextOutput("sdl", SchemaPrinter.Print(schema)));
    }
}
