using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Sermo.Api;

/// <summary>The server's traces and metrics, both named <c>Sermo.Api</c>: subscribe with an OpenTelemetry
/// exporter or <c>dotnet-counters monitor --counters Sermo.Api</c>.</summary>
public static class Telemetry
{
    public const string Name = "Sermo.Api";

    public static readonly ActivitySource ActivitySource = new(Name);
    public static readonly Meter Meter = new(Name);

    /// <summary>Duration of one GraphQL operation over HTTP, tagged with schema, operation name and outcome.</summary>
    public static readonly Histogram<double> GraphQLRequestDuration =
        Meter.CreateHistogram<double>("sermo.graphql.request.duration", "s", "Duration of GraphQL requests");

    /// <summary>GraphQL errors returned, tagged with schema and error code.</summary>
    public static readonly Counter<long> GraphQLErrors =
        Meter.CreateCounter<long>("sermo.graphql.errors", "{error}", "GraphQL errors returned, by code");
}
