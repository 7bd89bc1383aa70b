using System.Reflection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Sermo.Api.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The OpenTelemetry SDK with ASP.NET Core, HTTP client and runtime instrumentation plus our own source and
    /// meter, exported over OTLP, when <c>OpenTelemetry:Endpoint</c> is set. Without an endpoint the SDK is left out:
    /// it would create and tag an activity for every request only to drop it.</summary>
    public static IServiceCollection AddSermoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OpenTelemetryOptions.SectionName);
        var options = section.Get<OpenTelemetryOptions>() ?? new OpenTelemetryOptions();
        services.AddOptions<OpenTelemetryOptions>().Bind(section);
        if (options.Endpoint is null)
            return services;

        var version = typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceVersion: version))
            .WithTracing(tracing => tracing
                .AddSource(Telemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = IsNotHealthProbe)
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(Telemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .UseOtlpExporter(options.Protocol, options.Endpoint);
        return services;
    }

    /// <summary>Orchestrators probe health every few seconds; tracing each probe would drown the traces that matter.</summary>
    private static bool IsNotHealthProbe(HttpContext context) => !context.Request.Path.StartsWithSegments("/health");
}
