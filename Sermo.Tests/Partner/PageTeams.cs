using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Organisations;
using Sermo.Domain.Persistence;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Two organisations of the demo seed, each with an agency that acts for it and not for the other, and tokens
/// for their agencies, reviewers and staff; plus a way to make a fresh Page of the first through the graph.</summary>
public sealed class PageTeams
{
    private PageTeams(SermoServer server, Organisation home, Guid homeAgency, Organisation other, Guid otherAgency)
    {
        Server = server;
        Home = home;
        HomeAgencyId = homeAgency;
        Other = other;
        OtherAgencyId = otherAgency;
    }

    public SermoServer Server { get; }
    public Organisation Home { get; }
    public Guid HomeAgencyId { get; }
    public Organisation Other { get; }
    public Guid OtherAgencyId { get; }

    public string HomeId => PartnerIds.Of(Server, "Organisation", Home.Id);

    public string AgencyToken(Guid agency, string person = "editor@tests") => AgencyToken(Server, agency, person);

    public string ReviewerToken(Organisation organisation, string person = "mlr@tests") => ReviewerToken(Server, organisation.Id, person);

    /// <summary>A token of an agency's person (the subject), acting for what the agency's mandates cover.</summary>
    public static string AgencyToken(SermoServer server, Guid agency, string person = "editor@tests") =>
        server.IssueToken(person, [SermoRoles.Agency], new Dictionary<string, string> { [SermoClaims.Agency] = agency.ToString() });

    /// <summary>A token of a reviewer of the organisation.</summary>
    public static string ReviewerToken(SermoServer server, Guid organisation, string person = "mlr@tests") =>
        server.IssueToken(person, [SermoRoles.Reviewer], new Dictionary<string, string> { [SermoClaims.Organisation] = organisation.ToString() });

    public string HomeAgency => AgencyToken(HomeAgencyId);
    public string OtherAgency => AgencyToken(OtherAgencyId);
    public string HomeReviewer => ReviewerToken(Home);
    public string OtherReviewer => ReviewerToken(Other);
    public string Staff => Server.IssueToken("staff@tests", SermoRoles.Staff);

    public static async Task<PageTeams> ReadAsync(SermoServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync();
        var active = organisations.SelectMany(o => o.Mandates.Where(m => m.RevokedAt == null)).ToList();
        var home = organisations.First(o => o.Mandates.Any(m => m.RevokedAt == null));
        var homeAgency = home.Mandates.First(m => m.RevokedAt == null).AgencyId;
        // Another organisation the first's agency does not act for, with an agency that does not act for the first.
        bool ActsFor(Guid agency, Guid organisation) => active.Any(m => m.OrganisationId == organisation && m.AgencyId == agency);
        var other = organisations.First(o => o.Id != home.Id && !ActsFor(homeAgency, o.Id) && o.Mandates.Any(m => m.RevokedAt == null && !ActsFor(m.AgencyId, home.Id)));
        var otherAgency = other.Mandates.First(m => m.RevokedAt == null && !ActsFor(m.AgencyId, home.Id)).AgencyId;
        return new PageTeams(server, home, homeAgency, other, otherAgency);
    }

    public const string PageFields = """
        id slug isLive state suspendedAt
        live { title aboutText kind brandName importantSafetyInformation }
        staging { number state contentHash editedBy { person agencyId } content { title aboutText kind brandName importantSafetyInformation } }
        reviewDecisions { revision outcome reason contentHash reviewer { reviewerId organisation { name } } }
        """;

    public static object ReminderAd(string title = "Cardiva", string about = "Cardiva (examplestatin) tablets. Ask your representative.") => new
    {
        title, aboutText = about, brandName = "Cardiva", kind = "REMINDER_AD", brandColour = "#1A2B3C",
    };

    public string OtherId => PartnerIds.Of(Server, "Organisation", Other.Id);

    /// <summary>A slug no test has used.</summary>
    public static string NewSlug() => $"test-{Guid.NewGuid():N}";

    /// <summary>Creates a Page of <see cref="Home"/> as its agency and returns it (a unique slug per call).</summary>
    public async Task<JsonElement> CreatePageAsync(GraphClient agency, object? content = null)
    {
        var payload = await TryCreatePageAsync(agency, HomeId, NewSlug(), content);
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("page");
    }

    /// <summary>Asks for a Page of an organisation at a slug; returns the payload, refused or not.</summary>
    public static async Task<JsonElement> TryCreatePageAsync(GraphClient agency, string organisationId, string slug, object? content = null) =>
        (await agency.DataAsync($$"""
            mutation($input: CreatePageInput!) { createPage(input: $input) { page { {{PageFields}} } errors { code message path } } }
            """, new { input = new { organisationId, slug, content = content ?? ReminderAd() } })).GetProperty("createPage");

    /// <summary>Runs a mutation of the Pages area and returns its payload, failing on any error (typed or not).</summary>
    public static async Task<JsonElement> SucceedAsync(GraphClient client, string mutation, string inputType, string selection, object input)
    {
        var payload = (await client.DataAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ code message path }} }} }}", new { input }))
            .GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{mutation}: {payload}");
        return payload;
    }

    /// <summary>A new Page of <see cref="Home"/> sent for review; returns its id.</summary>
    public async Task<string> SubmittedPageAsync(GraphClient agency)
    {
        var pageId = (await CreatePageAsync(agency)).GetProperty("id").GetString()!;
        await SucceedAsync(agency, "submitPageForReview", "PageIdInput", "page { id }", new { pageId });
        return pageId;
    }

    /// <summary>A new live Page of <see cref="Home"/>: created, submitted, approved and published; returns its id.</summary>
    public async Task<string> LivePageAsync(GraphClient agency, GraphClient reviewer)
    {
        var pageId = await SubmittedPageAsync(agency);
        await SucceedAsync(reviewer, "decidePageRevision", "DecidePageRevisionInput", "page { id }", new { pageId, revision = 1, outcome = "APPROVED" });
        await SucceedAsync(agency, "publishPageRevision", "PublishPageRevisionInput", "page { id }", new { pageId, revision = 1 });
        return pageId;
    }

    /// <summary>Submits a new Page's first revision and has it approved, then asks to publish it; returns the publishing
    /// payload, refused or not.</summary>
    public static async Task<JsonElement> TryGoLiveAsync(GraphClient agency, GraphClient reviewer, string pageId)
    {
        await SucceedAsync(agency, "submitPageForReview", "PageIdInput", "page { id }", new { pageId });
        await SucceedAsync(reviewer, "decidePageRevision", "DecidePageRevisionInput", "page { id }", new { pageId, revision = 1, outcome = "APPROVED" });
        return (await agency.DataAsync("mutation($input: PublishPageRevisionInput!) { publishPageRevision(input: $input) { page { id isLive } errors { code message path } } }",
            new { input = new { pageId, revision = 1 } })).GetProperty("publishPageRevision");
    }

    /// <summary>A post on a live Page, through review to published; returns its id.</summary>
    public static async Task<string> PublishedPostAsync(GraphClient agency, GraphClient reviewer, string pageId, string body = "Join our symposium.")
    {
        var postId = (await SucceedAsync(agency, "createPost", "CreatePostInput", "post { id }", new { pageId, content = new { body, kind = "UNBRANDED" } }))
            .GetProperty("post").GetProperty("id").GetString()!;
        await SucceedAsync(agency, "submitPost", "PostIdInput", "post { id }", new { postId });
        await SucceedAsync(reviewer, "decidePost", "DecidePostInput", "post { id }", new { postId, revision = 1, outcome = "APPROVED" });
        await SucceedAsync(agency, "publishPost", "PublishPostInput", "post { id }", new { postId, revision = 1 });
        return postId;
    }
}
