namespace Sermo.GraphQL.Cli;

/// <summary>The request cannot be served as given: an unknown command or option, a missing input, an
/// unreadable file or malformed JSON. A command line gets the message and exit code 2; a JSONL line gets
/// an errors object.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
