using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Utilities;

namespace Sermo.Tests.Execution;

/// <summary>Builds schemas from SDL and runs requests through the real executor, returning the JSON a client sees.</summary>
internal static class ExecutionTestKit
{
    public static Schema Schema(string sdl, Action<SdlBuildOptions>? configure = null)
    {
        var options = new SdlBuildOptions();
        configure?.Invoke(options);
        return SdlSchemaBuilder.Build(sdl, options);
    }

    public static async Task<OperationResult> ExecuteAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null,
        string? operationName = null,
        RequestExecutorOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var executor = new RequestExecutor(schema, options);
        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = variables, RootValue = rootValue, OperationName = operationName },
            cancellationToken);
        return Assert.IsType<OperationResult>(result);
    }

    public static async Task<string> RunAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null,
        string? operationName = null,
        RequestExecutorOptions? options = null) =>
        ResultJsonWriter.ToJson(await ExecuteAsync(schema, query, variables, rootValue, operationName, options));

    /// <summary>JSON written with single quotes for readability in C# strings.</summary>
    public static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');

    public static ValueTask<object?> Value(object? value) => new(value);
}
