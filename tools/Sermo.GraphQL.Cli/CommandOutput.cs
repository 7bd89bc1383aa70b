using System.Text.Json;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Cli;

/// <summary>What a command produced. A JSONL line always gets <see cref="WriteJson"/>; a command line prints
/// <see cref="PlainText"/> when the command has one (a document, an SDL) and the JSON object otherwise.</summary>
internal abstract class CommandOutput
{
    /// <summary>Decides the exit code of a command line: 0 when true, 1 when not.</summary>
    public abstract bool Succeeded { get; }

    public virtual string? PlainText => null;

    public abstract void WriteJson(Utf8JsonWriter writer);
}

/// <summary>A text result: printed as is, or as <c>{"property": text}</c> on a JSONL line.</summary>
internal sealed class TextOutput(string propertyName, string text) : CommandOutput
{
    public override bool Succeeded => true;

    public override string PlainText => text;

    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(propertyName, text);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"errors": [...]}</c>, empty when there is nothing wrong (a valid document).</summary>
internal sealed class ErrorsOutput(IReadOnlyList<GraphQLError> errors) : CommandOutput
{
    public ErrorsOutput(GraphQLError error) : this([error])
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    public override bool Succeeded => Errors.Count == 0;

    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("errors");
        ResultJsonWriter.WriteErrors(writer, Errors);
        writer.WriteEndObject();
    }
}

/// <summary>A spec-shaped response, written by the engine's response writer.</summary>
internal sealed class ResponseOutput(OperationResult result) : CommandOutput
{
    public override bool Succeeded => result.Errors.Count == 0;

    public override void WriteJson(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, result);
}
