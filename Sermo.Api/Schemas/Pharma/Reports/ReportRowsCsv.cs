using CsvHelper;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>Writes rows as RFC 4180 CSV (UTF-8 without a byte-order mark, CRLF, a header of
/// <see cref="ReportRowColumns"/>), each field as <see cref="ReportRowColumn.CsvText"/> formats it. CsvHelper flushes
/// asynchronously as its buffer fills, so a large release streams rather than collecting in memory.</summary>
public static class ReportRowsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header = [.. ReportRowColumns.All.Select(c => c.Name)];

    public static async Task WriteAsync(IAsyncEnumerable<ReportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(Header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in ReportRowColumns.All)
                csv.WriteField(column.CsvText(row));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
