using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Hosting;
using Sermo.Domain.Reports;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary><c>GET /pharma/releases/{id}/rows.csv</c> and <c>rows.parquet</c>: a release's rows as <c>rows</c> gives
/// them (same columns, values, order and entitlement), streamed. The bearer token is the pharma graph's: 401 without a
/// valid one, 403 for another role or a token naming no company; 404 for an id naming no release. A release never
/// changes, so the answer is an <see cref="ImmutableResponse"/> (private: the rows depend on the token's subscription),
/// its ETag the release, format, filter and classes covered.</summary>
public static class ReportDownloads
{
    public const string CsvPath = "/pharma/releases/{id}/rows.csv";
    public const string ParquetPath = "/pharma/releases/{id}/rows.parquet";

    public static WebApplication MapPharmaReportDownloads(this WebApplication app)
    {
        app.MapGet(CsvPath, (HttpContext http, string id) => DownloadAsync(http, id, "csv", ReportRowsCsv.ContentType, ReportRowsCsv.WriteAsync))
            .WithDisplayName("Pharma release rows (CSV)");
        app.MapGet(ParquetPath, (HttpContext http, string id) => DownloadAsync(http, id, "parquet", ReportRowsParquet.ContentType, ReportRowsParquet.WriteAsync))
            .WithDisplayName("Pharma release rows (Parquet)");
        return app;
    }

    private static async Task DownloadAsync(HttpContext http, string id, string format, string contentType,
        Func<IAsyncEnumerable<ReportRow>, Stream, CancellationToken, Task> write)
    {
        var services = http.RequestServices;
        var cancellationToken = http.RequestAborted;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Problem(http, StatusCodes.Status401Unauthorized, "A pharma bearer token is required.");
            return;
        }
        var entitlement = PharmaEntitlement.Of(http.User);
        if (!(await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, SermoPolicies.PharmaGraph)).Succeeded || !entitlement.HasCompany)
        {
            await Problem(http, StatusCodes.Status403Forbidden, NotEntitled.Message);
            return;
        }
        if (!services.GetRequiredService<GlobalIdCodec>().TryDecode<Guid>(id, ReportReleaseType.TypeName, out var releaseId))
        {
            await Problem(http, StatusCodes.Status404NotFound, ReportQueries.NoReleaseMessage);
            return;
        }
        await using var db = await services.GetRequiredService<IDbContextFactory<ReportReleasesContext>>().CreateDbContextAsync(cancellationToken);
        var release = await db.Releases.SingleOrDefaultAsync(r => r.Id == releaseId, cancellationToken);
        if (release is null)
        {
            await Problem(http, StatusCodes.Status404NotFound, ReportQueries.NoReleaseMessage);
            return;
        }

        IAsyncEnumerable<ReportRow> rows;
        try
        {
            var catalogue = await services.GetRequiredService<PharmaCatalogue>().CurrentAsync(cancellationToken);
            rows = services.GetRequiredService<ReportRowSource>().Stream(db, release, FilterOf(http.Request.Query), entitlement, catalogue, cancellationToken);
        }
        catch (ReportRefusedException refused)
        {
            await Problem(http, refused.Reason == ReportRefusalReason.NotEntitled ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest, refused.Message);
            return;
        }
        catch (InvalidIdException invalid)
        {
            // The filter takes the graph's ids: one that is not is a bad filter.
            await Problem(http, StatusCodes.Status400BadRequest, invalid.Message);
            return;
        }

        if (ImmutableResponse.IsNotModified(http, Tag(release, entitlement, format, http.Request.QueryString.Value)))
            return;
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"release-rows.{format}\"";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await write(rows, http.Response.Body, cancellationToken);
    }

    /// <summary>The release, the format, the filter and what the token covers: another subscription gets other rows, so another tag.</summary>
    private static string Tag(ReportRelease release, PharmaEntitlement entitlement, string format, string? query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{release.Id:N}|{format}|{entitlement.Fingerprint}|{query}")))[..32];

    /// <summary>The rows' filter from the query string, as <c>rows(where:)</c> takes it: <c>periodKind=YEAR</c>, and
    /// <c>drugId</c>, <c>drugClassId</c>, <c>indicationId</c> (each repeatable, the graph's ids).</summary>
    private static ReportRowFilter? FilterOf(IQueryCollection query)
    {
        if (query.Count == 0)
            return null;
        ReportPeriodKind? kind = null;
        if (query["periodKind"] is { Count: > 0 } given)
            kind = Enum.TryParse<ReportPeriodKind>(given.ToString(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(given.ToString(), out _)
                ? parsed
                : throw ReportRefusedException.BadInput("periodKind is MONTH, QUARTER or YEAR.");
        return new ReportRowFilter(kind, Ids(query, "drugId"), Ids(query, "drugClassId"), Ids(query, "indicationId"));
    }

    private static IReadOnlyList<string>? Ids(IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values ? [.. values.OfType<string>()] : null;

    private static Task Problem(HttpContext http, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(http);
}
