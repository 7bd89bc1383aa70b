using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>One column of the flat rows: its stable name (the GraphQL field, the CSV header and the Parquet field all
/// use it), what it means, and how each format writes it. <see cref="ReportRowColumns"/> lists them.</summary>
public abstract class ReportRowColumn(string name, string description)
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The value as CSV text: invariant culture, ISO dates, <c>true</c>/<c>false</c>, empty for no value.</summary>
    public abstract string CsvText(ReportRow row);

    public abstract DataField ParquetField { get; }

    /// <summary>Writes this column of a batch of rows into a Parquet row group (columns go in schema order).</summary>
    public abstract Task WriteParquetAsync(ParquetRowGroupWriter group, IReadOnlyList<ReportRow> rows, CancellationToken cancellationToken);

    public static ReportRowColumn Text(string name, string description, Func<ReportRow, string?> read) => new TextColumn(name, description, read);

    public static ReportRowColumn Value<T>(string name, string description, Func<ReportRow, T> read) where T : struct => new ValueColumn<T>(name, description, read);

    public static ReportRowColumn Optional<T>(string name, string description, Func<ReportRow, T?> read) where T : struct => new OptionalColumn<T>(name, description, read);

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class TextColumn(string name, string description, Func<ReportRow, string?> read) : ReportRowColumn(name, description)
    {
        private readonly DataField _field = new DataField<string>(name, nullable: true);

        public override string CsvText(ReportRow row) => read(row) ?? "";

        public override DataField ParquetField => _field;

        public override Task WriteParquetAsync(ParquetRowGroupWriter group, IReadOnlyList<ReportRow> rows, CancellationToken cancellationToken) =>
            group.WriteAsync(_field, rows.Select(read).ToList()!);
    }

    private sealed class ValueColumn<T>(string name, string description, Func<ReportRow, T> read) : ReportRowColumn(name, description) where T : struct
    {
        private readonly DataField _field = new DataField<T>(name, nullable: false);

        public override string CsvText(ReportRow row) => Format(read(row));

        public override DataField ParquetField => _field;

        public override Task WriteParquetAsync(ParquetRowGroupWriter group, IReadOnlyList<ReportRow> rows, CancellationToken cancellationToken) =>
            group.WriteAsync<T>(_field, rows.Select(read).ToArray().AsMemory(), cancellationToken: cancellationToken);
    }

    private sealed class OptionalColumn<T>(string name, string description, Func<ReportRow, T?> read) : ReportRowColumn(name, description) where T : struct
    {
        private readonly DataField _field = new DataField<T?>(name, nullable: true);

        public override string CsvText(ReportRow row) => Format(read(row));

        public override DataField ParquetField => _field;

        public override Task WriteParquetAsync(ParquetRowGroupWriter group, IReadOnlyList<ReportRow> rows, CancellationToken cancellationToken) =>
            group.WriteAsync<T>(_field, rows.Select(read).ToArray().AsMemory(), cancellationToken: cancellationToken);
    }
}
