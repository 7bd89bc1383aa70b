using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sermo.Api;
using Sermo.Api.Transport;
using Sermo.GraphQL;
using Sermo.GraphQL.Execution;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.GraphQL;

/// <summary>Each GraphQL request is traced (activity <c>graphql.request</c>) and measured (duration histogram,
/// error counter by code) under the <c>Sermo.Api</c> source and meter.</summary>
public sealed class GraphQLTelemetryTests
{
    [Fact]
    public async Task A_request_leaves_an_activity_a_duration_and_its_error_codes()
    {
        var operationName = "Telemetry" + Guid.NewGuid().ToString("N");
        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Telemetry.Name)
                listener.EnableMeasurementEvents(instrument);
        };
        meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, ToDictionary(tags))));
        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, ToDictionary(tags))));
        meterListener.Start();

        var executor = new ScriptedExecutor(_ => new OperationResult(new Dictionary<string, object?> { ["a"] = null }, true,
            [new GraphQLError("boom", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError })]));
        await using (var server = SermoServer.Start(configureServices: services =>
        {
            services.RemoveAll<GraphQLSchemaEndpoint>();
            services.AddSingleton(new GraphQLSchemaEndpoint("traced", "/traced/graphql", executor, null));
        }))
        {
            using var client = server.CreateClient();
            using var content = new StringContent($$"""{"query":"{ a }","operationName":"{{operationName}}"}""", Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/traced/graphql", content);
            response.EnsureSuccessStatusCode();
        }

        var activity = Assert.Single(activities, item => item.GetTagItem("graphql.operation.name") as string == operationName);
        Assert.Equal("graphql.request", activity.OperationName);
        Assert.Equal("traced", activity.GetTagItem("graphql.schema"));
        Assert.Equal([ErrorCodes.ResolverError], Assert.IsType<string[]>(activity.GetTagItem("graphql.error.codes")));
        var duration = Assert.Single(measurements, item => item.Instrument == "sermo.graphql.request.duration" && item.Tags["graphql.operation.name"] as string == operationName);
        Assert.True(duration.Value > 0);
        Assert.Equal(200, duration.Tags["http.response.status_code"]);
        Assert.Contains(measurements, item => item.Instrument == "sermo.graphql.errors" && item.Tags["graphql.schema"] as string == "traced"
            && item.Tags["graphql.error.code"] as string == ErrorCodes.ResolverError);
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dictionary = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
            dictionary[key] = value;
        return dictionary;
    }
}
