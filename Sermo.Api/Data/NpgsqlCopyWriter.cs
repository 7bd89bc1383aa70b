using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Sermo.Domain.Persistence;
using Sermo.Seeding;

namespace Sermo.Api.Data;

/// <summary>PostgreSQL's bulk path: binary COPY, one stream per table.</summary>
internal sealed class NpgsqlCopyWriter(SermoDbContext db) : IBulkWriter
{
    public async Task<int> WriteAsync(IEntityType entityType, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        var (table, columns) = TableColumn.For(entityType);
        // COPY wants the base type name: "character varying(40)" is written as "character varying".
        var dataTypes = columns.Select(c => StripFacets(c.TypeMapping.StoreType)).ToArray();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync(BulkStatements.Copy(table, columns), cancellationToken);
            // Completing a COPY waits for every index to take the rows: give it the context's (seeding) timeout.
            importer.Timeout = TimeSpan.FromSeconds(db.Database.GetCommandTimeout() ?? 30);
            var count = 0;
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i].ValueOf(row) is { } value)
                        await importer.WriteAsync(value, dataTypes[i], cancellationToken);
                    else
                        await importer.WriteNullAsync(cancellationToken);
                }
                count++;
            }
            await importer.CompleteAsync(cancellationToken);
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task FinishAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

    private static string StripFacets(string storeType)
    {
        var open = storeType.IndexOf('(');
        if (open < 0)
            return storeType;
        var close = storeType.IndexOf(')', open);
        return (storeType[..open] + storeType[(close + 1)..]).Trim();
    }
}
