using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Utilities;

namespace Sermo.GraphQL.Cli.Commands;

/// <summary><c>introspect</c>: the response to the standard introspection query, every optional part asked for.</summary>
internal sealed class IntrospectCommand : ICliCommand
{
    public string Name => "introspect";

    public async Task<CommandOutput> RunAsync(CliRequest request, SchemaCache schemas)
    {
        var executor = schemas.Get(request.RequireSchema(Name));
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Text });
        return new ResponseOutput((OperationResult)result);
    }
}
