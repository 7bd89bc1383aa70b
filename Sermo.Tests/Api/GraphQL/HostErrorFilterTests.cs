using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Api.Errors;
using Sermo.Api.Schemas;
using Sermo.Api.Schemas.Partner;
using Sermo.Domain;
using Sermo.GraphQL;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.Api.GraphQL;

/// <summary>The host's error filter, through the real server over HTTP: domain rules keep their codes, a lost
/// concurrent update and a timed-out data source get the host's codes, and anything else is "Unexpected error."
/// with the request's id, logged once inside the request.</summary>
public sealed class HostErrorFilterTests
{
    /// <summary>Root fields of the partner graph that fail the ways resolvers do; for these tests only.</summary>
    private sealed class FailingFieldsContributor : IPartnerSchemaContributor
    {
        // One instance thrown by two fields, as a failed DataLoader batch fails every field waiting on it.
        private readonly InvalidOperationException _shared = new("connection string: Password=secret");

        public void Contribute(SchemaComposition schema) => schema.Query(query =>
        {
            query.Field("ruleRefused").Type("String").Resolve(Throw(new DomainRuleException(DomainErrorCodes.PollClosed, "The poll closed at noon.")));
            query.Field("concurrentChange").Type("String").Resolve(Throw(new DbUpdateConcurrencyException("row version 7 is not 6")));
            query.Field("dataSourceTimeout").Type("String").Resolve(Throw(new TimeoutException("the database did not answer")));
            query.Field("unexpected").Type("String").Resolve(_ => throw _shared);
        });

        private static Func<Sermo.GraphQL.Execution.IResolverContext, object?> Throw(Exception exception) => _ => throw exception;
    }

    [Fact]
    public async Task Known_exceptions_get_their_codes_and_an_unknown_one_is_unexpected_logged_once_with_the_request_id()
    {
        var logs = new ScopeCapturingLoggerProvider();
        await using var server = SermoServer.Start(configureServices: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<IPartnerSchemaContributor, FailingFieldsContributor>();
        });
        using var client = server.CreateClient();

        using var body = new StringContent(
            """{"query":"{ ruleRefused concurrentChange dataSourceTimeout first: unexpected second: unexpected }"}""",
            Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(PartnerSchema.Path, body);
        var text = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        var requestId = Assert.Single(response.Headers.GetValues("x-request-id"));
        using var json = JsonDocument.Parse(text);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray()
            .ToDictionary(error => error.GetProperty("path")[0].GetString()!);
        Assert.Equal(5, errors.Count);
        AssertError(errors["ruleRefused"], "The poll closed at noon.", DomainErrorCodes.PollClosed);
        AssertError(errors["concurrentChange"], "The data was changed by someone else since it was read: read it again and retry.", HostErrorCodes.ConcurrentChange);
        AssertError(errors["dataSourceTimeout"], "A data source did not answer in time.", ErrorCodes.Timeout);
        foreach (var key in new[] { "first", "second" })
        {
            AssertError(errors[key], "Unexpected error.", ErrorCodes.ResolverError);
            Assert.Equal(requestId, errors[key].GetProperty("extensions").GetProperty("requestId").GetString());
        }
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("row version", text, StringComparison.Ordinal);

        var filterLines = logs.Lines.Where(line => line.Category == typeof(SermoErrorFilter).FullName).ToList();
        var unexpected = Assert.Single(filterLines, line => line.Level == LogLevel.Error);
        Assert.Equal(requestId, unexpected.Scope.GetValueOrDefault("RequestId"));
        Assert.IsType<InvalidOperationException>(unexpected.Exception);
        Assert.Contains("Query.unexpected", unexpected.Message, StringComparison.Ordinal);
        var timedOut = Assert.Single(filterLines, line => line.Level == LogLevel.Warning);
        Assert.Equal(requestId, timedOut.Scope.GetValueOrDefault("RequestId"));
        Assert.Equal(2, filterLines.Count);
    }

    private static void AssertError(JsonElement error, string message, string code)
    {
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
