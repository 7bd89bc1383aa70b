using Sermo.GraphQL.Cli.Commands;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Cli;

/// <summary>Runs a command and turns whatever stops it, other than a usage problem, into an errors output:
/// a syntax error, a schema that does not build, or a fault in the engine itself, so one bad case never
/// ends a run of thousands.</summary>
internal static class CommandRunner
{
    public static async Task<CommandOutput> RunAsync(ICliCommand command, CliRequest request, SchemaCache schemas)
    {
        try
        {
            return await command.RunAsync(request, schemas);
        }
        catch (InvalidSchemaException e)
        {
            return new ErrorsOutput(e.Errors);
        }
        catch (SchemaValidationException e)
        {
            return new ErrorsOutput(e.Errors);
        }
        catch (GraphQLException e)
        {
            return new ErrorsOutput(e.Error);
        }
        catch (Exception e) when (e is not CliUsageException)
        {
            return new ErrorsOutput(new GraphQLError(
                $"Internal error in {command.Name}: {e.GetType().Name}: {e.Message}",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError },
                exception: e));
        }
    }
}
