using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sermo.Api.Hosting;

/// <summary><c>/health/live</c> (the process answers: no checks) and <c>/health/ready</c> (every check tagged
/// <see cref="ReadyTag"/>: the database, and the event bus: Redis when configured).</summary>
public static class HealthCheckExtensions
{
    public const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddSermoHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<EventBusHealthCheck>("event-bus", tags: [ReadyTag]);

    public static WebApplication MapSermoHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteReportAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteReportAsync });
        return app;
    }

    /// <summary>Status per check, without exception details (they may name hosts and credentials).</summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            writer.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", entry.Status.ToString());
                if (entry.Description is not null)
                    writer.WriteString("description", entry.Description);
                writer.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }
}
