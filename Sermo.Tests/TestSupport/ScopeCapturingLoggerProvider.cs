using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sermo.Tests.TestSupport;

/// <summary>One log line as written: its category, level, formatted message, exception, and the properties of
/// every scope active when it was written (ASP.NET Core's <c>RequestId</c>, for instance).</summary>
public sealed record CapturedLogLine(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Scope);

/// <summary>Records every line with the properties of all scopes active when it was written.</summary>
public sealed class ScopeCapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    public ConcurrentQueue<CapturedLogLine> Lines { get; } = new();

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
            provider.Lines.Enqueue(new CapturedLogLine(category, logLevel, formatter(state, exception), exception, scope));
        }
    }
}
