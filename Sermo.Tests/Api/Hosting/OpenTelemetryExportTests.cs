using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Hosting;

/// <summary>With <c>OpenTelemetry:Endpoint</c> set, the SDK traces and measures requests (ours, ASP.NET Core's, the
/// runtime's) and exports them over OTLP to that endpoint; without it no SDK runs.</summary>
public sealed class OpenTelemetryExportTests
{
    [Fact]
    public async Task Spans_and_metrics_carry_the_graphql_operation_and_reach_the_otlp_endpoint()
    {
        await using var collector = await OtlpCollector.StartAsync();
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        // The Sermo.Api source is process-wide: other tests' servers trace too, so each request is found by a name of its own.
        var operationName = "Traced" + Guid.NewGuid().ToString("N");
        var invalidName = "Invalid" + Guid.NewGuid().ToString("N");
        await using (var server = SermoServer.Start(
            new Dictionary<string, string?>
            {
                ["OpenTelemetry:Endpoint"] = collector.Address.ToString(),
                ["OpenTelemetry:Protocol"] = "HttpProtobuf",
            },
            services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics))))
        {
            using var client = server.CreateClient();
            using (var ok = await client.PostAsJsonAsync("/graphql", new { query = "query " + operationName + " { viewer { schema } }", operationName }))
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            using (var bad = await client.PostAsJsonAsync("/graphql", new { query = "query " + invalidName + " { viewer { nope } }", operationName = invalidName }))
                Assert.NotEqual(HttpStatusCode.InternalServerError, bad.StatusCode);
            using (var health = await client.GetAsync("/health/live"))
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        }

        var graphql = Assert.Single(spans, span => span.OperationName == "graphql.request" && span.GetTagItem("graphql.operation.name") as string == operationName);
        Assert.Equal("query", graphql.GetTagItem("graphql.operation.type"));
        Assert.Equal("partner", graphql.GetTagItem("graphql.schema"));
        Assert.Empty(Assert.IsType<string[]>(graphql.GetTagItem("graphql.error.codes")));
        // Ours is a child of ASP.NET Core's server span for the same request.
        var request = Assert.Single(spans, span => span.SpanId == graphql.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal(graphql.TraceId, request.TraceId);

        var invalid = Assert.Single(spans, span => span.OperationName == "graphql.request" && span.GetTagItem("graphql.operation.name") as string == invalidName);
        Assert.Null(invalid.GetTagItem("graphql.operation.type"));
        Assert.Equal([Sermo.GraphQL.ErrorCodes.ValidationFailed], Assert.IsType<string[]>(invalid.GetTagItem("graphql.error.codes")));
        Assert.Equal(ActivityStatusCode.Error, invalid.Status);

        // Health probes are not traced; they would drown the rest.
        Assert.DoesNotContain(spans, span => (span.GetTagItem("url.path") as string)?.StartsWith("/health", StringComparison.Ordinal) == true);

        Assert.Contains(metrics, metric => metric.Name == "sermo.graphql.request.duration");
        Assert.Contains(metrics, metric => metric.Name == "sermo.graphql.errors");
        Assert.Contains(metrics, metric => metric.Name == "http.server.request.duration");
        Assert.Contains(metrics, metric => metric.Name.StartsWith("dotnet.gc.", StringComparison.Ordinal));

        // The same spans went out over OTLP/HTTP: protobuf carries strings as UTF-8, so the names are in the body.
        var exported = collector.Received("/v1/traces");
        Assert.Contains(exported, body => Contains(body, "graphql.request") && Contains(body, operationName));
        Assert.Contains(collector.Received("/v1/metrics"), body => Contains(body, "sermo.graphql.request.duration"));
    }

    [Fact]
    public async Task Without_an_endpoint_no_sdk_runs()
    {
        await using var server = SermoServer.Start();
        Assert.Null(server.Services.GetService<TracerProvider>());
        Assert.Null(server.Services.GetService<MeterProvider>());
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>A stand-in OTLP/HTTP collector on loopback that keeps each posted body by path.</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();

        private OtlpCollector(WebApplication app, Uri address)
        {
            _app = app;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<OtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            var app = builder.Build();
            var port = LoopbackPort.Free();
            app.Urls.Clear();
            app.Urls.Add($"http://127.0.0.1:{port}");
            OtlpCollector? collector = null;
            app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                collector!._received.Enqueue((context.Request.Path.Value!, body.ToArray()));
                return Results.Ok();
            });
            collector = new OtlpCollector(app, new Uri($"http://127.0.0.1:{port}"));
            await app.StartAsync();
            return collector;
        }

        public byte[][] Received(string path) => [.. _received.Where(item => item.Path == path).Select(item => item.Body)];

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
