namespace Sermo.GraphQL.Cli.Commands;

/// <summary>One of the tool's commands: the same work for a command line and for a JSONL line.</summary>
internal interface ICliCommand
{
    string Name { get; }

    /// <exception cref="CliUsageException">An input the command needs is missing or malformed.</exception>
    /// <exception cref="InvalidSchemaException">The request's schema does not build.</exception>
    /// <exception cref="GraphQLException">The document is not valid GraphQL syntax.</exception>
    Task<CommandOutput> RunAsync(CliRequest request, SchemaCache schemas);
}
