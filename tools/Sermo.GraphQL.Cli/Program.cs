using System.Text;
using Sermo.GraphQL.Cli;

// Buffered standard output, flushed by the tool after each result: JSONL runs write thousands of lines.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
return await CliApp.RunAsync(args, stdin, stdout, Console.Error);
