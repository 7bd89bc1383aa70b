namespace Sermo.Api.Events;

/// <summary>Where the Redis event bus connects: the <c>Redis</c> configuration section.</summary>
public sealed class RedisEventBusOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>; empty selects the
    /// in-process event bus.</summary>
    public string Configuration { get; set; } = string.Empty;
}
