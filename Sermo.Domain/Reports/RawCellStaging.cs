using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;

namespace Sermo.Domain.Reports;

/// <summary>
/// The set-based half of a release build: grouped SQL passes over the ratings into a session-private table of raw
/// cells (counts of distinct physicians per period, subject, indication, breakdown, dimension and score). The tables
/// are temporary (they die with the connection whatever happens) and dropped when the staging is disposed; nothing
/// maps them, so no reader of the release tables can reach them.
/// </summary>
internal sealed class RawCellStaging : IAsyncDisposable
{
    private const string SpecialtyGroups = "report_specialty_groups";
    private const string CountryRegions = "report_country_regions";
    private const string Latest = "report_latest";
    private const string ClassLatest = "report_class_latest";
    private const string RawCells = "report_raw_cells";
    private static readonly string[] Tables = [SpecialtyGroups, CountryRegions, Latest, ClassLatest, RawCells];
    private static readonly string[] Dimensions = ["efficacy", "safety", "tolerability", "accessibility", "adherence"];

    /// <summary>The raw-cell table's bin columns (<c>efficacy_1</c> .. <c>adherence_5</c>), in <see cref="RawReportCell.BinIndex"/> order.</summary>
    private static readonly (string Column, string Dimension, int Score)[] Bins =
        [.. Dimensions.SelectMany(d => Enumerable.Range(Ratings.RatingScores.Min, RawReportCell.ScoreCount).Select(s => ($"{d}_{s}", d, s)))];

    private static readonly string BinColumns = string.Join(", ", Bins.Select(b => b.Column));

    private readonly SermoDbContext _db;
    private readonly ReportSqlDialect _sql;

    private RawCellStaging(SermoDbContext db, ReportSqlDialect sql)
    {
        _db = db;
        _sql = sql;
    }

    /// <summary>Stages the raw cells of every period of each kind that closed at or before <paramref name="cutOffAt"/>.
    /// Ratings of closed periods never change afterwards (ratings are never back-dated), so no snapshot is needed.</summary>
    public static async Task<RawCellStaging> StageAsync(SermoDbContext db, DateTime cutOffAt, CancellationToken cancellationToken)
    {
        var staging = new RawCellStaging(db, ReportSqlDialect.For(db.Database.ProviderName));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (staging._sql.BuildConnectionSettings is { } settings)
                await staging.ExecuteAsync(settings.Set, cancellationToken);
            await staging.DropAsync(cancellationToken);
            await staging.StageAsync(cutOffAt, cancellationToken);
            return staging;
        }
        catch
        {
            await staging.DisposeAsync();
            throw;
        }
    }

    /// <summary>The indications that have raw cells: each id with its value as the database returns it (for <see cref="ReadAsync"/>).</summary>
    public async Task<Dictionary<Guid, object>> IndicationsAsync(CancellationToken cancellationToken)
    {
        var indications = new Dictionary<Guid, object>();
        await using var command = Command($"SELECT DISTINCT indication_id FROM {_sql.Temp(RawCells)}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            indications[reader.GetGuid(0)] = reader.GetValue(0);
        return indications;
    }

    /// <summary>The raw cells of one indication (every relation stays within an indication).</summary>
    public async Task<List<RawReportCell>> ReadAsync(object indication, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT kind, period_year, period_index, scope, subject_id, indication_id, breakdown, code, raters, {BinColumns} " +
            $"FROM {_sql.Temp(RawCells)} WHERE indication_id = @indication");
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@indication";
        parameter.Value = indication;
        command.Parameters.Add(parameter);
        var cells = new List<RawReportCell>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = (ReportPeriodKind)reader.GetInt32(0);
            var start = ReportPeriods.StartAt(kind, reader.GetInt32(1), reader.GetInt32(2));
            var key = new ReportCellKey(kind, start, (ReportScope)reader.GetInt32(3), reader.GetGuid(4), reader.GetGuid(5),
                (ReportBreakdown)reader.GetInt32(6), reader.GetString(7));
            var counts = new int[RawReportCell.BinCount];
            for (var bin = 0; bin < counts.Length; bin++)
                counts[bin] = reader.GetInt32(9 + bin);
            cells.Add(new RawReportCell(key, reader.GetInt32(8), counts));
        }
        return cells;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await DropAsync(CancellationToken.None);
            if (_sql.BuildConnectionSettings is { } settings)
                await ExecuteAsync(settings.Reset, CancellationToken.None);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private async Task StageAsync(DateTime cutOffAt, CancellationToken cancellationToken)
    {
        var guid = _sql.GuidType;
        var text = _sql.TextType;
        var scores = string.Join(", ", Dimensions.Select(d => $"{d} INTEGER NOT NULL"));
        await ExecuteAsync(_sql.CreateTempTable(SpecialtyGroups, $"specialty {text} NOT NULL, group_code {text} NOT NULL"), cancellationToken);
        await ExecuteAsync(_sql.CreateTempTable(CountryRegions, $"country {text} NOT NULL, region_code {text} NOT NULL"), cancellationToken);
        await InsertMappingAsync(SpecialtyGroups, Specialties.All.Select(s => (s.Code, s.Group.Code)), cancellationToken);
        await InsertMappingAsync(CountryRegions, Countries.Codes.Select(c => (c, Countries.RegionOf(c).Code)), cancellationToken);

        await ExecuteAsync(_sql.CreateTempTable(Latest,
            $"kind INTEGER NOT NULL, period_year INTEGER NOT NULL, period_index INTEGER NOT NULL, physician_id {guid} NOT NULL, " +
            $"drug_id {guid} NOT NULL, indication_id {guid} NOT NULL, group_code {text} NOT NULL, region_code {text} NOT NULL, {scores}"), cancellationToken);
        await ExecuteAsync(_sql.CreateTempTable(ClassLatest,
            $"kind INTEGER NOT NULL, period_year INTEGER NOT NULL, period_index INTEGER NOT NULL, physician_id {guid} NOT NULL, " +
            $"class_id {guid} NOT NULL, indication_id {guid} NOT NULL, group_code {text} NOT NULL, region_code {text} NOT NULL, {scores}"), cancellationToken);
        var bins = string.Join(", ", Bins.Select(b => $"{b.Column} INTEGER NOT NULL"));
        await ExecuteAsync(_sql.CreateTempTable(RawCells,
            $"kind INTEGER NOT NULL, period_year INTEGER NOT NULL, period_index INTEGER NOT NULL, scope INTEGER NOT NULL, " +
            $"subject_id {guid} NOT NULL, indication_id {guid} NOT NULL, breakdown INTEGER NOT NULL, code {text} NOT NULL, raters INTEGER NOT NULL, {bins}"), cancellationToken);

        // A physician counts once per period, drug and indication: with their newest version rated in the period.
        var year = _sql.Year("r.\"RatedAt\"");
        var month = _sql.Month("r.\"RatedAt\"");
        foreach (var kind in Enum.GetValues<ReportPeriodKind>())
        {
            var index = kind switch
            {
                ReportPeriodKind.Month => month,
                ReportPeriodKind.Quarter => $"(({month} + 2) / 3)",
                _ => "1",
            };
            await ExecuteAsync(
                $"INSERT INTO {_sql.Temp(Latest)} (kind, period_year, period_index, physician_id, drug_id, indication_id, group_code, region_code, {string.Join(", ", Dimensions)}) " +
                $"SELECT {(int)kind}, x.period_year, x.period_index, x.\"PhysicianId\", x.\"DrugId\", x.\"IndicationId\", g.group_code, c.region_code, " +
                "x.\"Efficacy\", x.\"Safety\", x.\"Tolerability\", x.\"Accessibility\", x.\"Adherence\" " +
                "FROM (SELECT r.\"PhysicianId\", r.\"DrugId\", r.\"IndicationId\", r.\"RaterSpecialtyCode\", r.\"RaterCountryCode\", " +
                "r.\"Efficacy\", r.\"Safety\", r.\"Tolerability\", r.\"Accessibility\", r.\"Adherence\", " +
                $"{year} AS period_year, {index} AS period_index, " +
                $"ROW_NUMBER() OVER (PARTITION BY r.\"PhysicianId\", r.\"DrugId\", r.\"IndicationId\", {year}, {index} ORDER BY r.\"RatingVersion\" DESC) AS newest " +
                "FROM \"DrugRatings\" r WHERE r.\"RatedAt\" < @open) x " +
                $"JOIN {_sql.Temp(SpecialtyGroups)} g ON g.specialty = x.\"RaterSpecialtyCode\" " +
                $"JOIN {_sql.Temp(CountryRegions)} c ON c.country = x.\"RaterCountryCode\" " +
                "WHERE x.newest = 1",
                cancellationToken, ("@open", OpenParameter(kind, cutOffAt)));
        }

        // A class counts each physician once, with the mean of their scores over the class's drugs rounded half up. A year's
        // class cells count the drugs in the class, and listed for the indication, before its 1 January (ReportCatalogue).
        await ExecuteAsync(
            $"INSERT INTO {_sql.Temp(ClassLatest)} (kind, period_year, period_index, physician_id, class_id, indication_id, group_code, region_code, {string.Join(", ", Dimensions)}) " +
            "SELECT l.kind, l.period_year, l.period_index, l.physician_id, m.\"DrugClassId\", l.indication_id, MIN(l.group_code), MIN(l.region_code), " +
            string.Join(", ", Dimensions.Select(d => _sql.RoundedAverage("l." + d))) + " " +
            $"FROM {_sql.Temp(Latest)} l JOIN \"DrugClassMemberships\" m ON m.\"DrugId\" = l.drug_id AND {_sql.BeforeYear("m.\"AddedAt\"", "l.period_year")} " +
            $"JOIN \"DrugIndications\" di ON di.\"DrugId\" = l.drug_id AND di.\"IndicationId\" = l.indication_id AND {_sql.BeforeYear("di.\"AddedAt\"", "l.period_year")} " +
            "GROUP BY l.kind, l.period_year, l.period_index, l.physician_id, m.\"DrugClassId\", l.indication_id",
            cancellationToken);

        // One grouped pass per scope and breakdown (each over all three period kinds).
        var binSums = string.Join(", ", Bins.Select(b => $"SUM(CASE WHEN {b.Dimension} = {b.Score} THEN 1 ELSE 0 END)"));
        foreach (var (scope, source, subject) in new[] { (ReportScope.Drug, Latest, "drug_id"), (ReportScope.DrugClass, ClassLatest, "class_id") })
        {
            foreach (var (breakdown, code) in new[] { (ReportBreakdown.All, (string?)null), (ReportBreakdown.SpecialtyGroup, "group_code"), (ReportBreakdown.CountryRegion, "region_code") })
            {
                await ExecuteAsync(
                    $"INSERT INTO {_sql.Temp(RawCells)} (kind, period_year, period_index, scope, subject_id, indication_id, breakdown, code, raters, {BinColumns}) " +
                    $"SELECT kind, period_year, period_index, {(int)scope}, {subject}, indication_id, {(int)breakdown}, {code ?? "''"}, COUNT(*), {binSums} " +
                    $"FROM {_sql.Temp(source)} GROUP BY kind, period_year, period_index, {subject}, indication_id{(code is null ? "" : ", " + code)}",
                    cancellationToken);
            }
        }
        await ExecuteAsync($"CREATE INDEX ix_report_raw_cells_indication ON {_sql.Temp(RawCells)} (indication_id)", cancellationToken);
        // The per-rating tables are no longer needed once the raw cells are counted.
        await ExecuteAsync(_sql.DropTempTable(ClassLatest), cancellationToken);
        await ExecuteAsync(_sql.DropTempTable(Latest), cancellationToken);
    }

    private async Task InsertMappingAsync(string table, IEnumerable<(string Code, string Mapped)> rows, CancellationToken cancellationToken)
    {
        // Codes are the domain's own constants (lower-case letters, digits and dashes), written as literals.
        foreach (var chunk in rows.Chunk(200))
        {
            var values = string.Join(", ", chunk.Select(r => $"('{Literal(r.Code)}', '{Literal(r.Mapped)}')"));
            await ExecuteAsync($"INSERT INTO {_sql.Temp(table)} VALUES {values}", cancellationToken);
        }
    }

    private static string Literal(string code) => code.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>The open period's start as the ratings' own column would store it.</summary>
    private object OpenParameter(ReportPeriodKind kind, DateTime cutOffAt)
    {
        var open = ReportPeriods.OpenPeriodStart(kind, cutOffAt);
        var mapping = _db.Model.FindEntityType(typeof(Ratings.DrugRating))!.FindProperty(nameof(Ratings.DrugRating.RatedAt))!.GetRelationalTypeMapping();
        return mapping.Converter is { } converter ? converter.ConvertToProvider(open)! : open;
    }

    private async Task DropAsync(CancellationToken cancellationToken)
    {
        foreach (var table in Tables)
            await ExecuteAsync(_sql.DropTempTable(table), cancellationToken);
    }

    private DbCommand Command(string sql)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
