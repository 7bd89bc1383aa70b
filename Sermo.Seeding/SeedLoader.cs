using System.Diagnostics;
using Sermo.Domain.Persistence;

namespace Sermo.Seeding;

/// <summary>Writes generated data through a bulk writer, table by table in foreign-key order, timing each.</summary>
public static class SeedLoader
{
    public sealed record TableLoad(string Table, int Rows, TimeSpan Elapsed);

    public static async Task<IReadOnlyList<TableLoad>> LoadAsync(SermoDbContext db, SeedData data, IBulkWriter writer, CancellationToken cancellationToken = default)
    {
        var loads = new List<TableLoad>();
        foreach (var (clrType, rows) in data.Tables())
        {
            var entityType = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
            var watch = Stopwatch.StartNew();
            var count = await writer.WriteAsync(entityType, rows, cancellationToken);
            loads.Add(new TableLoad(TableColumn.For(entityType).Table, count, watch.Elapsed));
        }
        var analyse = Stopwatch.StartNew();
        await writer.FinishAsync(cancellationToken);
        loads.Add(new TableLoad("(statistics)", 0, analyse.Elapsed));
        return loads;
    }
}
