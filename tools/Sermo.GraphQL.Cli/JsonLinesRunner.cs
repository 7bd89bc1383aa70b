using System.Text.Json;
using Sermo.GraphQL.Cli.Commands;

namespace Sermo.GraphQL.Cli;

/// <summary>The <c>--jsonl</c> loop: one request object a line in, one result object a line out, in order,
/// each line flushed as soon as it is written so a driver can wait on it. A line that cannot be served
/// gets an errors object and the loop goes on.</summary>
internal sealed class JsonLinesRunner(ICliCommand command, SchemaCache schemas)
{
    public async Task RunAsync(TextReader input, TextWriter output)
    {
        var lineNumber = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            lineNumber++;
            await output.WriteLineAsync(await ServeAsync(line, lineNumber));
            await output.FlushAsync();
        }
    }

    private async Task<string> ServeAsync(string line, int lineNumber)
    {
        try
        {
            // The request's JSON values (root value, variables) live in this document: keep it until written.
            using var json = JsonDocument.Parse(line);
            return JsonText.Of(await CommandRunner.RunAsync(command, ReadRequest(json.RootElement), schemas));
        }
        catch (JsonException e)
        {
            return JsonText.Of(BadLine(lineNumber, $"it is not JSON: {e.Message}"));
        }
        catch (CliUsageException e)
        {
            return JsonText.Of(BadLine(lineNumber, e.Message));
        }
    }

    private static CliRequest ReadRequest(JsonElement line)
    {
        if (line.ValueKind != JsonValueKind.Object)
            throw new CliUsageException($"A line must hold a JSON object, not {JsonInput.Describe(line.ValueKind)}.");
        return new CliRequest(
            StringProperty(line, "schema"),
            StringProperty(line, "document"),
            Property(line, "variables"),
            Property(line, "rootValue"),
            StringProperty(line, "operationName"));
    }

    private static JsonElement? Property(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? StringProperty(JsonElement line, string name) => Property(line, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { } value => throw new CliUsageException($"\"{name}\" must be a string, not {JsonInput.Describe(value.ValueKind)}."),
    };

    private static ErrorsOutput BadLine(int lineNumber, string reason) => new(new GraphQLError(
        $"Line {lineNumber} cannot be served: {reason}",
        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput }));
}
