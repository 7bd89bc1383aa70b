namespace Sermo.GraphQL.Cli;

/// <summary>A command line taken apart: the command, its options and the document file.</summary>
internal sealed record CliArguments(
    string Command,
    bool JsonLines,
    string? SchemaFile,
    string? RootFile,
    string? VariablesJson,
    string? OperationName,
    string? DocumentFile)
{
    public const string Usage =
        """
        usage: sermo-graphql COMMAND [OPTIONS] [FILE]

        commands:
          parse FILE                                  print the canonical document
          validate --schema SDL_FILE FILE             print {"errors":[...]}; exit 1 when invalid
          execute --schema SDL_FILE [--root JSON_FILE] [--variables JSON] [--operation NAME] FILE
                                                      print the response; exit 1 when it has errors
          print-schema --schema SDL_FILE              print the schema's SDL
          introspect --schema SDL_FILE                print the standard introspection query's result

        --jsonl  read one request a line from standard input instead
                 ({"schema":..., "document":..., "variables":{}, "rootValue":{}, "operationName":...})
                 and write one JSON result a line, in order
        """;

    /// <exception cref="CliUsageException">The arguments do not make a command line.</exception>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        string? command = null, schema = null, root = null, variables = null, operation = null, document = null;
        var jsonLines = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--jsonl":
                    jsonLines = true;
                    break;
                case "--schema":
                    schema = ValueOf(args, ref i);
                    break;
                case "--root":
                    root = ValueOf(args, ref i);
                    break;
                case "--variables":
                    variables = ValueOf(args, ref i);
                    break;
                case "--operation":
                    operation = ValueOf(args, ref i);
                    break;
                case ['-', '-', ..]:
                    throw new CliUsageException($"Unknown option {arg}.");
                default:
                    if (command is null)
                        command = arg;
                    else if (document is null)
                        document = arg;
                    else
                        throw new CliUsageException($"Unexpected argument {arg}: a command takes one document file at most.");
                    break;
            }
        }

        if (command is null)
            throw new CliUsageException("No command given.");
        if (jsonLines && (schema ?? root ?? variables ?? operation ?? document) is not null)
            throw new CliUsageException("With --jsonl every input comes from standard input: give no files or other options.");
        return new CliArguments(command, jsonLines, schema, root, variables, operation, document);
    }

    private static string ValueOf(IReadOnlyList<string> args, ref int index)
    {
        if (index + 1 >= args.Count)
            throw new CliUsageException($"{args[index]} needs a value.");
        return args[++index];
    }
}
