using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.Api.Hosting;

public sealed class RequestIdTests
{
    [Fact]
    public async Task Every_response_carries_its_own_request_id_which_the_log_lines_of_the_request_carry_too()
    {
        var logs = new ScopeCapturingLoggerProvider();
        await using var server = SermoServer.Start(configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = server.CreateClient();

        // A rejected bearer token makes the authentication handler log inside the request.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Authorization", "Bearer not-a-token");
        request.Headers.Add("x-request-id", "client-7");
        using var first = await client.SendAsync(request);
        using var second = await client.GetAsync("/health/missing");

        var firstId = Assert.Single(first.Headers.GetValues("x-request-id"));
        var secondId = Assert.Single(second.Headers.GetValues("x-request-id"));
        Assert.NotEqual(firstId, secondId);
        Assert.False(string.IsNullOrWhiteSpace(firstId));

        var requestLines = logs.Lines.Where(line => line.Scope.GetValueOrDefault("RequestId") as string == firstId).ToList();
        Assert.Contains(requestLines, line => line.Category.StartsWith("Sermo.Api.Auth", StringComparison.Ordinal));
        Assert.All(requestLines, line => Assert.Equal("client-7", line.Scope.GetValueOrDefault("ClientRequestId")));
    }
}
