using Sermo.GraphQL.Language;

namespace Sermo.GraphQL.Cli.Commands;

/// <summary><c>parse</c>: the document printed canonically, or its syntax error.</summary>
internal sealed class ParseCommand : ICliCommand
{
    public string Name => "parse";

    public Task<CommandOutput> RunAsync(CliRequest request, SchemaCache schemas)
    {
        var document = Parser.Parse(request.RequireDocument(Name));
        return Task.FromResult<CommandOutput>(new TextOutput("document", Printer.Print(document)));
    }
}
