using System.Text.Json;
using Sermo.GraphQL.Cli.Commands;

namespace Sermo.GraphQL.Cli;

/// <summary>The tool's entry, free of the console so tests can run it in-process.
/// Exit codes: 0 success, 1 the command reported errors (syntax, validation, execution, schema), 2 a usage
/// problem (unknown command or option, missing input, unreadable file, malformed JSON argument).</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    private static readonly ICliCommand[] Commands =
        [new ParseCommand(), new ValidateCommand(), new ExecuteCommand(), new PrintSchemaCommand(), new IntrospectCommand()];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["help" or "--help" or "-h"])
        {
            await stdout.WriteLineAsync(CliArguments.Usage);
            return Success;
        }
        if (args.Count == 0)
        {
            await stderr.WriteLineAsync(CliArguments.Usage);
            return UsageError;
        }

        try
        {
            var arguments = CliArguments.Parse(args);
            var command = Commands.FirstOrDefault(c => c.Name == arguments.Command)
                ?? throw new CliUsageException($"Unknown command {arguments.Command}: one of {string.Join(", ", Commands.Select(c => c.Name))}.");
            var schemas = new SchemaCache();
            if (arguments.JsonLines)
            {
                await new JsonLinesRunner(command, schemas).RunAsync(stdin, stdout);
                return Success;
            }
            return await RunOnceAsync(command, arguments, schemas, stdout);
        }
        catch (CliUsageException e)
        {
            await stderr.WriteLineAsync($"sermo-graphql: {e.Message}");
            await stderr.WriteLineAsync("Run sermo-graphql --help for usage.");
            return UsageError;
        }
    }

    private static async Task<int> RunOnceAsync(ICliCommand command, CliArguments arguments, SchemaCache schemas, TextWriter stdout)
    {
        using var root = arguments.RootFile is { } rootFile ? ParseJson(ReadFile(rootFile), $"the root value file {rootFile}") : null;
        using var variables = arguments.VariablesJson is { } json ? ParseJson(json, "--variables") : null;
        var request = new CliRequest(
            arguments.SchemaFile is { } schemaFile ? ReadFile(schemaFile) : null,
            arguments.DocumentFile is { } documentFile ? ReadFile(documentFile) : null,
            variables?.RootElement,
            root?.RootElement,
            arguments.OperationName);

        var output = await CommandRunner.RunAsync(command, request, schemas);
        await stdout.WriteLineAsync(output.PlainText ?? JsonText.Of(output));
        await stdout.FlushAsync();
        return output.Succeeded ? Success : Failure;
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliUsageException($"Cannot read {path}: {e.Message}");
        }
    }

    private static JsonDocument ParseJson(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"{what} is not JSON: {e.Message}");
        }
    }
}
