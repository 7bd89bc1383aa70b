using System.Globalization;
using CsvHelper;
using Parquet.Serialization;
using Sermo.Api.Schemas.Pharma.Reports;

namespace Sermo.Tests.Pharma;

/// <summary>The CSV and Parquet writers over rows: every column in order under its published name, values as written,
/// a suppressed row's numbers empty, and both formats written to an output that (like an HTTP response) can neither
/// seek nor take synchronous writes, across several Parquet row groups.</summary>
public sealed class ReportRowFormatsTests
{
    private static readonly ReportRow Published = new("rel-1", "QUARTER", new DateOnly(2026, 7, 1), "DRUG", "drug-1", "Glucora (metformin, extended \"XR\")",
        "ind-1", "Type 2 diabetes", "EFFICACY", "ALL", null, null, false, 42, 3.81, 1, 3, 9, 15, 14, 2);

    private static readonly ReportRow Suppressed = Published with
    {
        Breakdown = "COUNTRY_REGION", BreakdownCode = "EUW", BreakdownName = "Western Europe", Suppressed = true,
        Raters = null, Mean = null, Score1 = null, Score2 = null, Score3 = null, Score4 = null, Score5 = null, RankInClass = null,
    };

    [Fact]
    public async Task Csv_has_the_published_header_and_each_rows_values_with_suppressed_numbers_empty()
    {
        var output = new AsyncOnlyStream();
        await ReportRowsCsv.WriteAsync(Rows(Published, Suppressed), output, CancellationToken.None);

        using var csv = CsvReader.Create(output.ToArray(), CsvReaderOptions.Default);
        var records = new List<string[]>();
        while (csv.Read())
            records.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv[i].ToString())]);
        Assert.Equal(ReportRowColumns.All.Select(c => c.Name), csv.Headers);
        Assert.Equal(2, records.Count);
        Assert.Equal(["rel-1", "QUARTER", "2026-07-01", "DRUG", "drug-1", "Glucora (metformin, extended \"XR\")", "ind-1", "Type 2 diabetes", "EFFICACY", "ALL", "", "",
            "false", "42", "3.81", "1", "3", "9", "15", "14", "2"], records[0]);
        var suppressed = records[1];
        Assert.Equal("true", suppressed[Index("suppressed")]);
        Assert.Equal("EUW", suppressed[Index("breakdownCode")]);
        foreach (var number in new[] { "raters", "mean", "score1", "score2", "score3", "score4", "score5", "rankInClass" })
            Assert.Equal("", suppressed[Index(number)]);
    }

    [Fact]
    public async Task Parquet_holds_every_row_over_several_row_groups_with_nulls_where_suppressed()
    {
        var count = ReportRowsParquet.RowGroupSize + 7;
        var rows = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? Published with { Raters = i } : Suppressed).ToList();
        var output = new AsyncOnlyStream();
        await ReportRowsParquet.WriteAsync(Rows([.. rows]), output, CancellationToken.None);

        var read = await ParquetSerializer.DeserializeUntypedAsync(new MemoryStream(output.ToArray()));
        Assert.Equal(ReportRowColumns.All.Select(c => c.Name), read.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(count, read.Data.Count);
        Assert.Equal(2, read.Data[2]["raters"]);
        Assert.Equal(3.81, read.Data[0]["mean"]);
        Assert.Equal("Glucora (metformin, extended \"XR\")", read.Data[0]["subjectName"]);
        Assert.Equal(new DateOnly(2026, 7, 1), DateOnly.FromDateTime(Convert.ToDateTime(read.Data[0]["periodStart"], CultureInfo.InvariantCulture)));
        Assert.Null(Value(read.Data[0], "breakdownCode"));
        Assert.Equal(true, read.Data[1]["suppressed"]);
        foreach (var number in new[] { "raters", "mean", "score1", "score5", "rankInClass" })
            Assert.Null(Value(read.Data[1], number));
    }

    [Fact]
    public async Task An_empty_release_writes_a_header_alone_and_a_readable_empty_parquet_file()
    {
        var csv = new AsyncOnlyStream();
        await ReportRowsCsv.WriteAsync(Rows(), csv, CancellationToken.None);
        Assert.Equal(string.Join(",", ReportRowColumns.All.Select(c => c.Name)) + "\r\n", System.Text.Encoding.UTF8.GetString(csv.ToArray()));

        var parquet = new AsyncOnlyStream();
        await ReportRowsParquet.WriteAsync(Rows(), parquet, CancellationToken.None);
        var read = await ParquetSerializer.DeserializeUntypedAsync(new MemoryStream(parquet.ToArray()));
        Assert.Empty(read.Data);
    }

    /// <summary>A column's value in a row read back untyped (null values are left out of its dictionary).</summary>
    private static object? Value(IDictionary<string, object> row, string column) => row.TryGetValue(column, out var value) ? value : null;

    private static int Index(string column) => ReportRowColumns.All.Select(c => c.Name).ToList().IndexOf(column);

    private static async IAsyncEnumerable<ReportRow> Rows(params ReportRow[] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>Like a response body: forward only, and synchronous writes refused.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();

        public byte[] ToArray() => _written.ToArray();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => throw new InvalidOperationException("Synchronous flush.");
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous write.");
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
