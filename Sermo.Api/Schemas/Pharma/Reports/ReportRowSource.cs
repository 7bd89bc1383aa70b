using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Reports;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The flat rows of a release, for the <c>rows</c> connection and the downloads alike: the cells the caller's
/// subscription covers (and the filter asks for), in one fixed order (the table's key), each with the catalogue's names.
/// Only the release tables are queried.</summary>
public sealed class ReportRowSource(GlobalIdCodec ids)
{
    public const int MaxListValues = 100;

    /// <summary>The key order of the cells: rows page and download in it.</summary>
    public static SortDefinition<ReportCell> Order { get; } = SortDefinition<ReportCell>.WithKey("ReportRow", c => c.BreakdownCode)
        .Field("scope", c => c.Scope)
        .Field("subject", c => c.SubjectId)
        .Field("indication", c => c.IndicationId)
        .Field("periodKind", c => c.PeriodKind)
        .Field("periodStart", c => c.PeriodStart)
        .Field("dimension", c => c.Dimension)
        .Field("breakdown", c => c.Breakdown)
        .DefaultOrder(
            new SortField("scope", SortDirection.Ascending), new SortField("subject", SortDirection.Ascending),
            new SortField("indication", SortDirection.Ascending), new SortField("periodKind", SortDirection.Ascending),
            new SortField("periodStart", SortDirection.Ascending), new SortField("dimension", SortDirection.Ascending),
            new SortField("breakdown", SortDirection.Ascending));

    /// <summary>The release's cells that <paramref name="filter"/> asks for and <paramref name="entitlement"/> covers;
    /// <see cref="ReportRefusedException"/> (not entitled) when the filter names a drug or class outside the subscription,
    /// (bad input) when it lists more than <see cref="MaxListValues"/> ids; an id that is not the graph's is the codec's
    /// <see cref="InvalidIdException"/>.</summary>
    public IQueryable<ReportCell> Cells(IReportReleases releases, Guid releaseId, ReportRowFilter? filter, PharmaEntitlement entitlement, PharmaCatalogue.Snapshot catalogue)
    {
        var cells = releases.Cells.Where(c => c.ReleaseId == releaseId);
        if (filter?.PeriodKind is { } kind)
            cells = cells.Where(c => c.PeriodKind == kind);
        var subjects = catalogue.SubjectsCoveredBy(entitlement);
        if (filter?.DrugIds is { } drugIds)
        {
            var drugs = Decode(drugIds, "Drug", "drugIds");
            if (drugs.Any(d => catalogue.Drugs.TryGetValue(d, out var drug) && !catalogue.CoversDrug(entitlement, drug)))
                throw ReportRefusedException.NotEntitled();
            subjects = Intersect(subjects, drugs);
        }
        if (filter?.DrugClassIds is { } classIds)
        {
            var classes = Decode(classIds, "DrugClass", "drugClassIds");
            if (classes.Any(c => catalogue.Classes.TryGetValue(c, out var drugClass) && !catalogue.CoversClass(entitlement, drugClass)))
                throw ReportRefusedException.NotEntitled();
            var ofClasses = new HashSet<Guid>(classes);
            foreach (var drugClass in classes.Select(catalogue.Classes.GetValueOrDefault).OfType<CatalogueDrugClass>())
                ofClasses.UnionWith(drugClass.DrugIds);
            subjects = Intersect(subjects, ofClasses);
        }
        if (subjects is not null)
        {
            var list = subjects.ToList();
            cells = cells.Where(c => list.Contains(c.SubjectId));
        }
        if (filter?.IndicationIds is { } indicationIds)
        {
            var indications = Decode(indicationIds, "Indication", "indicationIds").ToList();
            cells = cells.Where(c => indications.Contains(c.IndicationId));
        }
        return cells;
    }

    /// <summary>The covered rows of a release that the filter asks for, in key order, read as a stream (the downloads).</summary>
    public IAsyncEnumerable<ReportRow> Stream(IReportReleases releases, ReportRelease release, ReportRowFilter? filter, PharmaEntitlement entitlement, PharmaCatalogue.Snapshot catalogue,
        CancellationToken cancellationToken) =>
        // The filter is checked here, before the response starts: a refusal is still a status code.
        StreamAsync(Cells(releases, release.Id, filter, entitlement, catalogue), catalogue, cancellationToken);

    private async IAsyncEnumerable<ReportRow> StreamAsync(IQueryable<ReportCell> selected, PharmaCatalogue.Snapshot catalogue,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var cell in Order.Apply(selected).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return Row(cell, catalogue);
    }

    /// <summary>A cell as a flat row: ids as the graph gives them, enum values as the schema names them (the engine's
    /// own rule, <see cref="EnumValueNames"/>), the catalogue's names.</summary>
    public ReportRow Row(ReportCell cell, PharmaCatalogue.Snapshot catalogue)
    {
        var (subjectId, subjectName) = cell.Scope == ReportScope.Drug
            ? (ids.Encode("Drug", cell.SubjectId), catalogue.Drugs.GetValueOrDefault(cell.SubjectId)?.ReportName ?? "")
            : (ids.Encode("DrugClass", cell.SubjectId), catalogue.Classes.GetValueOrDefault(cell.SubjectId)?.Name ?? "");
        var breakdownCode = cell.Breakdown == ReportBreakdown.All ? null : cell.BreakdownCode;
        return new ReportRow(
            ids.Encode(ReportReleaseType.TypeName, cell.ReleaseId),
            EnumValueNames.Of(cell.PeriodKind),
            cell.PeriodStart,
            EnumValueNames.Of(cell.Scope),
            subjectId,
            subjectName,
            ids.Encode("Indication", cell.IndicationId),
            catalogue.Indications.GetValueOrDefault(cell.IndicationId)?.Name ?? "",
            EnumValueNames.Of((ReportDimension)cell.Dimension),
            EnumValueNames.Of(cell.Breakdown),
            breakdownCode,
            breakdownCode is null ? null : ReportTrend.NameOf(cell.Breakdown, breakdownCode),
            cell.Suppressed,
            cell.Raters,
            cell.Mean,
            cell.Score1,
            cell.Score2,
            cell.Score3,
            cell.Score4,
            cell.Score5,
            cell.RankInClass);
    }

    private IReadOnlyList<Guid> Decode(IReadOnlyList<string> values, string typeName, string field) =>
        values.Count <= MaxListValues
            ? [.. values.Select(v => ids.Decode<Guid>(v, typeName)).Distinct()]
            : throw ReportRefusedException.BadInput($"\"{field}\" takes at most {MaxListValues} values; got {values.Count}.");

    private static IReadOnlySet<Guid> Intersect(IReadOnlySet<Guid>? subjects, IEnumerable<Guid> with) =>
        subjects is null ? with.ToHashSet() : with.Where(subjects.Contains).ToHashSet();
}
