using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Relay;

namespace Sermo.Benchmarks.CaseFeedCeiling;

/// <summary>The newest 50 cases with their patient details, authors and advice with its advisers, as the partner
/// graph's <c>CaseFeed</c> query (benchmarks/graph/case-feed.graphql) answers them: the caller's membership read
/// first (the graph's community-member check), then the page of cases, the authors, the responses of those cases and
/// the advisers not yet read — the same five commands — written with <see cref="Utf8JsonWriter"/>.</summary>
public sealed class CaseFeedEndpoint(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids)
{
    private const int PageSize = 50;
    private static readonly Dictionary<AgeBand, string> AgeBands = Enum.GetValues<AgeBand>().ToDictionary(v => v, v => UpperSnake(v.ToString()));
    private static readonly Dictionary<PatientSex, string> Sexes = Enum.GetValues<PatientSex>().ToDictionary(v => v, v => UpperSnake(v.ToString()));
    private static readonly Dictionary<CaseStatus, string> Statuses = Enum.GetValues<CaseStatus>().ToDictionary(v => v, v => UpperSnake(v.ToString()));

    public async Task WriteAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!context.User.HasClaim(SermoClaims.Role, SermoRoles.Physician) || !Guid.TryParse(context.User.FindFirst(SermoClaims.Subject)?.Value, out var callerId))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await db.Physicians.AsNoTracking().SingleOrDefaultAsync(p => p.Id == callerId, cancellationToken);
        if (caller?.IsVerified != true)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var cases = await db.Cases.AsNoTracking().OrderByDescending(c => c.PostedAt).ThenBy(c => c.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        if (cases.Count > PageSize)
            cases.RemoveAt(PageSize);
        var caseIds = cases.Select(c => c.Id).ToList();
        var authorIds = cases.Select(c => c.AuthorId).Distinct().ToList();
        var members = await db.Physicians.AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var responses = await db.Set<CaseResponse>().AsNoTracking().Where(r => caseIds.Contains(r.CaseId))
            .OrderBy(r => r.PostedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var advice = responses.Where(r => r.Kind == ResponseKind.Advice).ToLookup(r => r.CaseId);
        var adviserIds = advice.SelectMany(group => group).Select(r => r.AuthorId).Where(id => !members.ContainsKey(id)).Distinct().ToList();
        if (adviserIds.Count > 0)
        {
            foreach (var adviser in await db.Physicians.AsNoTracking().Where(p => adviserIds.Contains(p.Id)).ToListAsync(cancellationToken))
                members[adviser.Id] = adviser;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter.AsStream());
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("cases");
        json.WriteStartArray("nodes");
        foreach (var item in cases)
        {
            json.WriteStartObject();
            json.WriteString("id", ids.Encode("Case", item.Id));
            json.WriteString("title", item.Title);
            json.WriteString("status", Statuses[item.Status]);
            json.WriteString("postedAt", Timestamp(item.PostedAt));
            json.WriteStartObject("patient");
            json.WriteString("ageBand", AgeBands[item.Patient.AgeBand]);
            json.WriteString("sex", Sexes[item.Patient.Sex]);
            json.WriteString("history", item.Patient.History);
            json.WriteString("findings", item.Patient.Findings);
            json.WriteEndObject();
            WriteMember(json, "author", members[item.AuthorId]);
            json.WriteStartArray("advice");
            foreach (var response in advice[item.Id])
            {
                json.WriteStartObject();
                json.WriteString("id", ids.Encode("CaseResponse", response.Id));
                json.WriteString("body", response.Body);
                json.WriteString("postedAt", Timestamp(response.PostedAt));
                WriteMember(json, "author", members[response.AuthorId]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter json, string name, Physician member)
    {
        json.WriteStartObject(name);
        json.WriteString("displayName", member.DisplayName);
        json.WriteBoolean("anonymous", member.IsAnonymous);
        json.WriteEndObject();
    }

    private static string Timestamp(DateTime value) =>
        value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>GraphQL's spelling of an enum member: <c>From40To49</c> is <c>FROM40_TO49</c>.</summary>
    private static string UpperSnake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
                text.Append('_');
            text.Append(char.ToUpperInvariant(name[i]));
        }
        return text.ToString();
    }
}
