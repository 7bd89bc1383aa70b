using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Tests.Infrastructure;

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

    private sealed record LogLine(string Category, string Message, IReadOnlyDictionary<string, object?> Scope);

    /// <summary>Records every line with the properties of all scopes active when it was written.</summary>
    private sealed class ScopeCapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
        public ConcurrentQueue<LogLine> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
        public void Dispose() { }

        private sealed class Logger(ScopeCapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);
            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>();
                provider._scopes.ForEachScope((value, properties) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                            properties[key] = item;
                    }
                }, scope);
                provider.Lines.Enqueue(new LogLine(category, formatter(state, exception), scope));
            }
        }
    }
}
