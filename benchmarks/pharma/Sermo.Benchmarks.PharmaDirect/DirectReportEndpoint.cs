using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sermo.Domain;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain.Ratings;

namespace Sermo.Benchmarks.PharmaDirect;

/// <summary><c>POST /direct-report</c> with <c>{"drugId": "...", "indicationId": "..."}</c> (a pharma token required):
/// reads the pair's ratings made before now, keeps each physician's latest rating in each calendar quarter, and writes,
/// per quarter, each dimension's distinct raters, mean and distribution over all raters, per specialty group and per
/// country region. One SQL command (the pair's ratings, by the ratings' index), the grouping in memory.</summary>
public sealed class DirectReportEndpoint(IDbContextFactory<SermoDbContext> contexts, TimeProvider clock)
{
    private static readonly RatingDimension[] Dimensions = Enum.GetValues<RatingDimension>();

    public async Task WriteAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true || !http.User.HasClaim("role", "pharma"))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var request = await JsonSerializer.DeserializeAsync<PairRequest>(http.Request.Body, JsonSerializerOptions.Web, http.RequestAborted)
            ?? throw new BadHttpRequestException("A drugId and an indicationId are required.");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var ratings = await db.DrugRatings.AsNoTracking()
            .Where(r => r.DrugId == request.DrugId && r.IndicationId == request.IndicationId && r.RatedAt < now)
            .Select(r => new RatingRow(r.PhysicianId, r.RatedAt, r.Efficacy, r.Safety, r.Tolerability, r.Accessibility, r.Adherence, r.RaterSpecialtyCode, r.RaterCountryCode))
            .ToListAsync(http.RequestAborted);
        // Each physician once per quarter, with their latest rating in it.
        var latest = ratings.GroupBy(r => (r.PhysicianId, Quarter: QuarterOf(r.RatedAt)))
            .Select(g => (g.Key.Quarter, Rating: g.MaxBy(r => r.RatedAt)!)).ToList();

        http.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteStartArray("periods");
        foreach (var quarter in latest.GroupBy(l => l.Quarter).OrderBy(g => g.Key))
        {
            var raters = quarter.Select(q => q.Rating).ToList();
            json.WriteStartObject();
            json.WriteString("start", quarter.Key.ToString("yyyy-MM-dd"));
            WriteDimensions(json, "dimensions", raters);
            WriteBreakdown(json, "specialtyGroups", raters, r => Specialties.GroupOf(r.SpecialtyCode).Code);
            WriteBreakdown(json, "countryRegions", raters, r => Countries.RegionOf(r.CountryCode).Code);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteBreakdown(Utf8JsonWriter json, string name, List<RatingRow> raters, Func<RatingRow, string> codeOf)
    {
        json.WriteStartArray(name);
        foreach (var group in raters.GroupBy(codeOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("code", group.Key);
            WriteDimensions(json, "dimensions", [.. group]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteDimensions(Utf8JsonWriter json, string name, List<RatingRow> raters)
    {
        json.WriteStartArray(name);
        foreach (var dimension in Dimensions)
        {
            var scores = raters.Select(r => r.Score(dimension)).ToList();
            json.WriteStartObject();
            json.WriteString("dimension", dimension.ToString().ToUpperInvariant());
            json.WriteNumber("raters", scores.Count);
            json.WriteNumber("mean", Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero));
            json.WriteStartArray("distribution");
            for (var score = 1; score <= 5; score++)
                json.WriteNumberValue(scores.Count(s => s == score));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static DateOnly QuarterOf(DateTime at) => new(at.Year, (at.Month - 1) / 3 * 3 + 1, 1);

    private sealed record PairRequest(Guid DrugId, Guid IndicationId);

    private sealed record RatingRow(Guid PhysicianId, DateTime RatedAt, int Efficacy, int Safety, int Tolerability, int Accessibility, int Adherence, string SpecialtyCode, string CountryCode)
    {
        public int Score(RatingDimension dimension) => dimension switch
        {
            RatingDimension.Efficacy => Efficacy,
            RatingDimension.Safety => Safety,
            RatingDimension.Tolerability => Tolerability,
            RatingDimension.Accessibility => Accessibility,
            _ => Adherence,
        };
    }
}
