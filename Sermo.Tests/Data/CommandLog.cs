using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sermo.Tests.Data;

/// <summary>Records every SQL query EF Core sends, with the context lease that sent it.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Sql, DbContextId? Context)> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands.Select(command => command.Sql)];

    /// <summary>How many context leases sent commands (a pooled context leased twice counts twice).</summary>
    public int ContextCount => _commands.Select(command => command.Context).Distinct().Count();

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue((command.CommandText, eventData.Context?.ContextId));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _commands.Enqueue((command.CommandText, eventData.Context?.ContextId));
        return base.ReaderExecuting(command, eventData, result);
    }
}
