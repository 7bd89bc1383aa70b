using OpenTelemetry.Exporter;

namespace Sermo.Api.Hosting;

/// <summary>Where traces and metrics go: the <c>OpenTelemetry</c> configuration section. With no endpoint nothing
/// is exported and the SDK is not started (the <c>Sermo.Api</c> source and meter still serve
/// <c>dotnet-counters</c> and any listener).</summary>
public sealed class OpenTelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The OTLP collector, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318</c>
    /// (HTTP/protobuf; the SDK adds <c>/v1/traces</c> and <c>/v1/metrics</c>).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary><c>Grpc</c> (the OTLP default) or <c>HttpProtobuf</c>.</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = Telemetry.Name;
}
