using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Domain.Persistence;

namespace Sermo.Tests.Partner;

/// <summary>Records the SQL a test server sends for the requests that carry a <see cref="TagHeader"/>, by tag, so a
/// test counts exactly its own request's commands on a server other tests use at the same time. Every command the
/// request causes runs in its flow (DataLoader batches included), where the HTTP context is current.</summary>
public sealed class SqlCommandLog(IHttpContextAccessor requests) : DbCommandInterceptor
{
    public const string TagHeader = "X-Sql-Log-Tag";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byTag = new(StringComparer.Ordinal);

    /// <summary>Adds the log to a server's services and its interceptor to every context the pooled factory makes.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<SqlCommandLog>();
        services.ConfigureDbContext<SermoDbContext>(
            (provider, options) => options.AddInterceptors(provider.GetRequiredService<SqlCommandLog>()), ServiceLifetime.Singleton);
    }

    /// <summary>The commands sent for the requests tagged <paramref name="tag"/>, in the order they were sent.</summary>
    public IReadOnlyList<string> Of(string tag) => _byTag.TryGetValue(tag, out var commands) ? [.. commands] : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        var tag = requests.HttpContext?.Request.Headers[TagHeader].ToString();
        if (!string.IsNullOrEmpty(tag))
            _byTag.GetOrAdd(tag, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
    }
}
