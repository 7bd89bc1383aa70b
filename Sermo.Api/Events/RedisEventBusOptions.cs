using System.ComponentModel.DataAnnotations;

namespace Sermo.Api.Events;

/// <summary>Where the Redis event bus connects: the <c>Redis</c> configuration section.</summary>
public sealed class RedisEventBusOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>.</summary>
    [Required(ErrorMessage = "Redis:Configuration is required when EventBus:Provider is Redis.")]
    public string Configuration { get; set; } = string.Empty;
}
