using Parquet;
using Parquet.Schema;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>Writes rows as a Parquet file (the fields of <see cref="ReportRowColumns"/>, Snappy-compressed), one row
/// group per batch of rows, each sent on as soon as it is written: a large release streams in bounded memory, to an
/// output that need not be seekable nor accept synchronous writes (an HTTP response).</summary>
public static class ReportRowsParquet
{
    public const string ContentType = "application/vnd.apache.parquet";

    public const int RowGroupSize = 50_000;

    public static ParquetSchema Schema { get; } = new(ReportRowColumns.All.Select(c => (Field)c.ParquetField).ToArray());

    public static async Task WriteAsync(IAsyncEnumerable<ReportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var target = new ForwardOnlyStream(output);
        var writer = await ParquetWriter.CreateAsync(Schema, target, cancellationToken: cancellationToken);
        try
        {
            var batch = new List<ReportRow>(RowGroupSize);
            var groups = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                batch.Add(row);
                if (batch.Count < RowGroupSize)
                    continue;
                await WriteRowGroupAsync(writer, target, batch, cancellationToken);
                groups++;
                batch.Clear();
            }
            // A file without any row group is valid Parquet, but some readers stumble on it: no rows make one empty group.
            if (batch.Count > 0 || groups == 0)
                await WriteRowGroupAsync(writer, target, batch, cancellationToken);
        }
        finally
        {
            await writer.DisposeAsync(); // writes the footer
        }
        await target.SendAsync(cancellationToken);
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, ForwardOnlyStream target, IReadOnlyList<ReportRow> batch, CancellationToken cancellationToken)
    {
        using (var group = writer.CreateRowGroup())
        {
            foreach (var column in ReportRowColumns.All)
                await column.WriteParquetAsync(group, batch, cancellationToken);
        }
        await target.SendAsync(cancellationToken);
    }
}
