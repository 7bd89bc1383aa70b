using System.Text.Json.Nodes;

namespace Sermo.Tests.Cli;

public static class CliJson
{
    /// <summary>Asserts two JSON values are equal, showing both when they are not.</summary>
    public static void Equal(string expected, JsonNode? actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        Assert.True(JsonNode.DeepEquals(expectedNode, actual), $"expected {expectedNode?.ToJsonString()}\n  actual {actual?.ToJsonString()}");
    }

    /// <summary>A JSONL request line.</summary>
    public static string Line(string? schema = null, string? document = null, JsonNode? variables = null, JsonNode? rootValue = null, string? operationName = null)
    {
        var line = new JsonObject();
        if (schema is not null) line["schema"] = schema;
        if (document is not null) line["document"] = document;
        if (variables is not null) line["variables"] = variables;
        if (rootValue is not null) line["rootValue"] = rootValue;
        if (operationName is not null) line["operationName"] = operationName;
        return line.ToJsonString();
    }
}
