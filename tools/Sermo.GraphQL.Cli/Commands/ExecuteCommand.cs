using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Cli.Commands;

/// <summary><c>execute</c>: runs the document over a JSON root value. With no resolvers attached, a field is
/// the parent JSON object's property of the same name, and an abstract type is read from <c>__typename</c>.</summary>
internal sealed class ExecuteCommand : ICliCommand
{
    public string Name => "execute";

    public async Task<CommandOutput> RunAsync(CliRequest request, SchemaCache schemas)
    {
        var executor = schemas.Get(request.RequireSchema(Name));
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = request.RequireDocument(Name),
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? JsonInput.ToVariables(variables) : null,
            RootValue = request.RootValue,
            // One response per request: a subscription needs a transport that streams, so the executor refuses it.
            AllowedOperations = AllowedOperations.Query | AllowedOperations.Mutation,
        });
        return new ResponseOutput((OperationResult)result);
    }
}
