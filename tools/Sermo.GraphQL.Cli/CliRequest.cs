using System.Text.Json;

namespace Sermo.GraphQL.Cli;

/// <summary>The inputs of one request, from files (a command line) or from one JSONL line. The JSON values
/// stay valid while the document they came from is alive: the caller keeps it until the output is written.</summary>
internal sealed record CliRequest(
    string? Schema,
    string? Document,
    JsonElement? Variables,
    JsonElement? RootValue,
    string? OperationName)
{
    public string RequireSchema(string command) =>
        Schema ?? throw new CliUsageException($"{command} needs a schema (--schema SDL_FILE, or \"schema\" on a JSONL line).");

    public string RequireDocument(string command) =>
        Document ?? throw new CliUsageException($"{command} needs a document (FILE, or \"document\" on a JSONL line).");
}
