namespace Sermo.Api.Hosting;

/// <summary>Limits of the GraphQL transports, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The largest request body accepted (bytes); larger ones get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>How long one operation may run before it is cancelled with a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
