using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Reports;
using Sermo.GraphQL;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The pharma graph's entry fields. Every one reads the release tables (through <see cref="ReportReleasesContext"/>,
/// which maps nothing else) and the catalogue's names; every one first asks the token's entitlement: no company, or a
/// subject outside the subscription's classes, answers <see cref="NotEntitled"/> and nothing more.</summary>
public sealed class ReportQueries(IDbContextFactory<ReportReleasesContext> releases, PharmaCatalogue catalogue, ReportPeriodsCache reports, ReportRowSource rows, GlobalIdCodec ids, CursorCodec cursors)
{
    public const string NoReleaseMessage = "No release has that id.";
    public const string NoneYetMessage = "No release has been published yet.";

    private static readonly SortDefinition<ReportRelease> NewestFirst = SortDefinition<ReportRelease>.WithKey(ReportReleaseType.TypeName, r => r.Id)
        .Field("publishedAt", r => r.PublishedAt)
        .DefaultOrder(new SortField("publishedAt", SortDirection.Descending));

    public async Task<Connection<ReportRelease>> ReleasesAsync(IResolverContext context)
    {
        Entitlement(context);
        var page = ConnectionFields.Page(context);
        await using var db = await releases.CreateDbContextAsync(context.CancellationToken);
        return await db.Releases.ToConnectionAsync(NewestFirst, [], page, cursors, ConnectionFields.SelectsTotalCount(context), context.CancellationToken);
    }

    public async Task<ReportRelease?> ReleaseAsync(IResolverContext context)
    {
        Entitlement(context);
        var id = ids.Decode<Guid>((string?)context.Arguments["id"], ReportReleaseType.TypeName);
        await using var db = await releases.CreateDbContextAsync(context.CancellationToken);
        return await db.Releases.SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken);
    }

    public async Task<ReportRelease?> LatestReleaseAsync(IResolverContext context)
    {
        Entitlement(context);
        await using var db = await releases.CreateDbContextAsync(context.CancellationToken);
        return await Latest(db).FirstOrDefaultAsync(context.CancellationToken);
    }

    public async Task<IReadOnlyList<CatalogueDrugClass>> DrugClassesAsync(IResolverContext context)
    {
        var entitlement = Entitlement(context);
        return (await catalogue.CurrentAsync(context.CancellationToken)).ClassesCoveredBy(entitlement);
    }

    public async Task<DrugReport?> DrugReportAsync(IResolverContext context)
    {
        var entitlement = Entitlement(context);
        var snapshot = await catalogue.CurrentAsync(context.CancellationToken);
        var drugId = ids.Decode<Guid>((string?)context.Arguments["drugId"], "Drug");
        var indicationId = ids.Decode<Guid>((string?)context.Arguments["indicationId"], "Indication");
        if (!snapshot.Drugs.TryGetValue(drugId, out var drug) || !snapshot.Indications.TryGetValue(indicationId, out var indication))
            return null;
        if (!snapshot.CoversDrug(entitlement, drug))
            throw NotEntitled.Error();
        if (!drug.IndicationIds.Contains(indicationId))
            return null;
        var (release, kind, periods) = await PeriodsAsync(context, ReportScope.Drug, drugId, indicationId);
        return new DrugReport(release, drug, indication, kind, periods);
    }

    public async Task<DrugClassReport?> DrugClassReportAsync(IResolverContext context)
    {
        var entitlement = Entitlement(context);
        var snapshot = await catalogue.CurrentAsync(context.CancellationToken);
        var classId = ids.Decode<Guid>((string?)context.Arguments["drugClassId"], "DrugClass");
        var indicationId = ids.Decode<Guid>((string?)context.Arguments["indicationId"], "Indication");
        if (!snapshot.Classes.TryGetValue(classId, out var drugClass) || !snapshot.Indications.TryGetValue(indicationId, out var indication))
            return null;
        if (!snapshot.CoversClass(entitlement, drugClass))
            throw NotEntitled.Error();
        var (release, kind, periods) = await PeriodsAsync(context, ReportScope.DrugClass, classId, indicationId);
        return new DrugClassReport(release, drugClass, indication, kind, periods);
    }

    public async Task<Connection<ReportRow>> RowsAsync(IResolverContext context, ReportRowFilter? where)
    {
        var entitlement = Entitlement(context);
        var page = ConnectionFields.Page(context);
        var snapshot = await catalogue.CurrentAsync(context.CancellationToken);
        await using var db = await releases.CreateDbContextAsync(context.CancellationToken);
        var release = await ReleaseOfAsync(db, context);
        IQueryable<ReportCell> cells;
        try
        {
            cells = rows.Cells(db, release.Id, where, entitlement, snapshot);
        }
        catch (ReportRefusedException refused)
        {
            throw ErrorOf(refused);
        }
        var connection = await cells.ToConnectionAsync(ReportRowSource.Order, [], page, cursors, ConnectionFields.SelectsTotalCount(context), context.CancellationToken);
        return connection.Select(cell => rows.Row(cell, snapshot));
    }

    /// <summary>The graph's words for a refusal of the rows' source: its code, the source's message.</summary>
    private static GraphQLException ErrorOf(ReportRefusedException refused) => refused.Reason switch
    {
        ReportRefusalReason.NotEntitled => NotEntitled.Error(),
        _ => FieldErrors.BadUserInput(refused.Message),
    };

    /// <summary>The entitlement of the caller; a token naming no company is refused.</summary>
    private static PharmaEntitlement Entitlement(IResolverContext context)
    {
        var entitlement = PharmaEntitlement.Of(context.User);
        return entitlement.HasCompany ? entitlement : throw NotEntitled.Error();
    }

    private async Task<(ReportRelease Release, ReportPeriodKind Kind, IReadOnlyList<ReportPeriod> Periods)> PeriodsAsync(
        IResolverContext context, ReportScope scope, Guid subjectId, Guid indicationId)
    {
        var kind = context.Arguments.GetValueOrDefault("periodKind") is ReportPeriodKind given ? given : ReportPeriodKind.Quarter;
        await using var db = await releases.CreateDbContextAsync(context.CancellationToken);
        var release = await ReleaseOfAsync(db, context);
        // Callers have checked the entitlement to the subject by now: the kept periods are read only past that check.
        var periods = await reports.GetOrReadAsync(new ReportPeriodsCache.Key(release.Id, scope, subjectId, indicationId, kind), async () => await db.Cells
            .Where(c => c.ReleaseId == release.Id && c.Scope == scope && c.SubjectId == subjectId && c.IndicationId == indicationId && c.PeriodKind == kind)
            .ToListAsync(context.CancellationToken));
        return (release, kind, periods);
    }

    /// <summary>The release named by the <c>releaseId</c> argument, else the latest; a clear error when there is none.</summary>
    private async Task<ReportRelease> ReleaseOfAsync(ReportReleasesContext db, IResolverContext context)
    {
        if (context.Arguments.GetValueOrDefault("releaseId") is string releaseId)
        {
            var id = ids.Decode<Guid>(releaseId, ReportReleaseType.TypeName);
            return await db.Releases.SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken) ?? throw FieldErrors.NotFound(NoReleaseMessage);
        }
        return await Latest(db).FirstOrDefaultAsync(context.CancellationToken) ?? throw FieldErrors.NotFound(NoneYetMessage);
    }

    /// <summary>Newest published first; ties (none expected) by cut-off, then id, so every instance picks the same one.</summary>
    public static IQueryable<ReportRelease> Latest(IReportReleases db) =>
        db.Releases.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.CutOffAt).ThenBy(r => r.Id);
}
