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

    /// <summary>A payload's Page with <see cref="PageFields"/>.</summary>
    public const string PageSelection = "page { " + PageFields + " }";

    public static object ReminderAd(string title = "Cardiva", string about = "Cardiva (examplestatin) tablets. Ask your representative.") => new
    {
        title, aboutText = about, brandName = "Cardiva", kind = "REMINDER_AD", brandColour = "#1A2B3C",
    };

    public string OtherId => PartnerIds.Of(Server, "Organisation", Other.Id);

    /// <summary>A slug no test has used.</summary>
    public static string NewSlug() => $"test-{Guid.NewGuid():N}";

    /// <summary>Creates a Page of <see cref="Home"/> as its agency and returns it (a unique slug per call).</summary>
    public Task<JsonElement> CreatePageAsync(GraphClient agency, object? content = null) => CreatePageAsync(agency, HomeId, NewSlug(), content);

    /// <summary>Creates a Page of an organisation at a slug as an agency acting for it, failing on any error; returns it.</summary>
    public static async Task<JsonElement> CreatePageAsync(GraphClient agency, string organisationId, string slug, object? content = null)
    {
        var payload = await TryCreatePageAsync(agency, organisationId, slug, content);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"createPage: {payload}");
        return payload.GetProperty("page");
    }

    /// <summary>Asks for a Page of an organisation at a slug; returns the payload, refused or not.</summary>
    public static Task<JsonElement> TryCreatePageAsync(GraphClient agency, string organisationId, string slug, object? content = null) =>
        TryAsync(agency, "createPage", "CreatePageInput", PageSelection, new { organisationId, slug, content = content ?? ReminderAd() });

    /// <summary>The text of a mutation of the Pages area: one input, the selection asked for and the typed errors.</summary>
    public static string MutationText(string mutation, string inputType, string selection) =>
        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ code message path }} }} }}";

    /// <summary>Runs a mutation of the Pages area and returns its payload, refused or not.</summary>
    public static async Task<JsonElement> TryAsync(GraphClient client, string mutation, string inputType, string selection, object input) =>
        (await client.DataAsync(MutationText(mutation, inputType, selection), new { input })).GetProperty(mutation);

    /// <summary>Runs a mutation of the Pages area and returns its payload, failing on any error (typed or not).</summary>
    public static async Task<JsonElement> SucceedAsync(GraphClient client, string mutation, string inputType, string selection, object input)
    {
        var payload = await TryAsync(client, mutation, inputType, selection, input);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{mutation}: {payload}");
        return payload;
    }

    /// <summary>The codes of a payload's typed errors, in order.</summary>
    public static string[] Codes(JsonElement payload) => [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];

    /// <summary>A new Page of <see cref="Home"/> sent for review; returns its id.</summary>
    public Task<string> SubmittedPageAsync(GraphClient agency) => SubmittedPageAsync(agency, HomeId, NewSlug());

    /// <summary>A new Page of an organisation at a slug, sent for review by an agency acting for it; returns its id.</summary>
    public static async Task<string> SubmittedPageAsync(GraphClient agency, string organisationId, string slug)
    {
        var pageId = (await CreatePageAsync(agency, organisationId, slug)).GetProperty("id").GetString()!;
        await SucceedAsync(agency, "submitPageForReview", "PageIdInput", "page { id }", new { pageId });
        return pageId;
    }

    /// <summary>A new live Page of <see cref="Home"/>: created, submitted, approved and published; returns its id.</summary>
    public async Task<string> LivePageAsync(GraphClient agency, GraphClient reviewer)
    {
        var pageId = (await CreatePageAsync(agency)).GetProperty("id").GetString()!;
        await GoLiveAsync(agency, reviewer, pageId);
        return pageId;
    }

    /// <summary>Takes a new Page's first revision through review to live, failing on any error.</summary>
    public static async Task GoLiveAsync(GraphClient agency, GraphClient reviewer, string pageId)
    {
        var published = await TryGoLiveAsync(agency, reviewer, pageId);
        Assert.True(published.GetProperty("errors").GetArrayLength() == 0, $"publishPageRevision: {published}");
    }

    /// <summary>Submits a new Page's first revision and has it approved, then asks to publish it; returns the publishing
    /// payload, refused or not.</summary>
    public static async Task<JsonElement> TryGoLiveAsync(GraphClient agency, GraphClient reviewer, string pageId)
    {
        await SucceedAsync(agency, "submitPageForReview", "PageIdInput", "page { id }", new { pageId });
        await SucceedAsync(reviewer, "decidePageRevision", "DecidePageRevisionInput", "page { id }", new { pageId, revision = 1, outcome = "APPROVED" });
        return await TryAsync(agency, "publishPageRevision", "PublishPageRevisionInput", "page { id isLive }", new { pageId, revision = 1 });
    }

    /// <summary>A post on a live Page, through review to published; returns its id.</summary>
    public static async Task<string> PublishedPostAsync(GraphClient agency, GraphClient reviewer, string pageId, string body = "Join our symposium.")
    {
        var postId = await DraftPostAsync(agency, pageId, new { body, kind = "UNBRANDED" });
        await PublishPostAsync(agency, reviewer, postId);
        return postId;
    }

    /// <summary>Creates a post on a Page (a draft), failing on any error; returns its id.</summary>
    public static async Task<string> DraftPostAsync(GraphClient agency, string pageId, object content) =>
        (await SucceedAsync(agency, "createPost", "CreatePostInput", "post { id }", new { pageId, content })).GetProperty("post").GetProperty("id").GetString()!;

    /// <summary>Takes a draft post's first revision through review to published, failing on any error; returns the
    /// published post (id, state, publishedAt).</summary>
    public static async Task<JsonElement> PublishPostAsync(GraphClient agency, GraphClient reviewer, string postId)
    {
        await SucceedAsync(agency, "submitPost", "PostIdInput", "post { id }", new { postId });
        await SucceedAsync(reviewer, "decidePost", "DecidePostInput", "post { id }", new { postId, revision = 1, outcome = "APPROVED" });
        return (await SucceedAsync(agency, "publishPost", "PublishPostInput", "post { id state publishedAt }", new { postId, revision = 1 })).GetProperty("post");
    }
}
