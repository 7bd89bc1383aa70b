using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner;
using Sermo.Api.Transport;
using Sermo.Domain.Physicians;
using Xunit.Abstractions;

namespace Sermo.Tests.Partner;

/// <summary>Crawls the whole partner graph as every kind of caller (every root field, every node type through
/// <c>nodes(ids:)</c> with every id staff can see and every member's id) and searches each response — data, errors and
/// extensions — for what identifies an anonymous member in real life: legal name, e-mail, phone, licence number, practice
/// and database key. Only the member and staff may meet them. New areas are crawled without changing this test.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PrivacyCrawlTests(PartnerGraphFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task No_caller_but_the_member_and_staff_meets_an_anonymous_members_identity(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var schema = server.Services.GetRequiredService<GraphQLSchemaRegistry>().Endpoints.Single(e => e.Name == PartnerSchema.Name).Schema;
        var crawler = new GraphCrawler(schema);

        // Positive control and id harvest: staff read everything, so their crawl must meet private details.
        var staff = fixture.Client(provider, server.IssueToken("staff-crawler", SermoRoles.Staff));
        var ids = new HashSet<string>(members.All.Select(p => PartnerIds.Of(server, "Physician", p.Id)), StringComparer.Ordinal);
        var staffPages = await CrawlAsync(staff, crawler, ids, harvest: true);
        var secrets = SecretsOf(members);
        Assert.Contains(staffPages, page => secrets.Any(secret => page.Contains(secret.Value, StringComparison.OrdinalIgnoreCase)));
        output.WriteLine($"{provider}: {ids.Count} ids, {secrets.Count} secrets of {members.All.Count(p => p.IsAnonymous)} anonymous members");

        var callers = new List<(string Name, string? Token, Guid? Self)>
        {
            ("anonymous", null, null),
            ("agency", server.IssueToken("agency-crawler", [SermoRoles.Agency], new Dictionary<string, string> { [SermoClaims.Agency] = Guid.NewGuid().ToString() }), null),
            ("reviewer", server.IssueToken("reviewer-crawler", [SermoRoles.Reviewer], new Dictionary<string, string> { [SermoClaims.Organisation] = Guid.NewGuid().ToString() }), null),
            ("pharma", server.IssueToken("pharma-crawler", SermoRoles.Pharma), null),
            ("verified anonymous member", server.IssueToken(members.VerifiedAnonymous.Id.ToString(), SermoRoles.Physician), members.VerifiedAnonymous.Id),
            ("verified named member", server.IssueToken(members.VerifiedNamed.Id.ToString(), SermoRoles.Physician), members.VerifiedNamed.Id),
            ("applicant", server.IssueToken(members.Applicant.Id.ToString(), SermoRoles.Physician), members.Applicant.Id),
            ("rejected member", server.IssueToken(members.Rejected.Id.ToString(), SermoRoles.Physician), members.Rejected.Id),
            ("suspended member", server.IssueToken(members.Suspended.Id.ToString(), SermoRoles.Physician), members.Suspended.Id),
            ("physician token for nobody", server.IssueToken(Guid.NewGuid().ToString(), SermoRoles.Physician), null),
            ("every role but staff", server.IssueToken(members.VerifiedAnonymous.Id.ToString(), [SermoRoles.Physician, SermoRoles.Agency, SermoRoles.Reviewer, SermoRoles.Pharma], new Dictionary<string, string>()), members.VerifiedAnonymous.Id),
        };
        var reachedProfiles = false;
        foreach (var (name, token, self) in callers)
        {
            var pages = await CrawlAsync(fixture.Client(provider, token), crawler, ids, harvest: false);
            foreach (var page in pages)
            {
                foreach (var secret in secrets.Where(s => s.Member != self))
                    Assert.False(page.Contains(secret.Value, StringComparison.OrdinalIgnoreCase),
                        $"{provider}: the {name} caller met the {secret.Kind} of an anonymous member ({secret.Pseudonym}) in: {page[..Math.Min(page.Length, 400)]}");
            }
            reachedProfiles |= name == "verified named member" && pages.Any(page => page.Contains(members.OtherVerifiedAnonymous.Pseudonym, StringComparison.Ordinal));
        }
        Assert.True(reachedProfiles, "The crawl as a verified member never met a colleague's profile: the crawler reads too little to prove anything.");
    }

    /// <summary>Every response body of the crawl, as text.</summary>
    private static async Task<List<string>> CrawlAsync(GraphClient client, GraphCrawler crawler, HashSet<string> ids, bool harvest)
    {
        var pages = new List<string>();
        foreach (var (_, query) in crawler.RootQueries())
        {
            var response = await client.PostAsync(query);
            pages.Add(response.GetRawText());
            if (harvest)
                Harvest(response, ids);
        }
        foreach (var batch in ids.ToList().Chunk(100))
            pages.Add((await client.PostAsync(crawler.NodesQuery(), new { ids = batch })).GetRawText());
        return pages;
    }

    /// <summary>Collects every global id in a response (any <c>id</c> property), so the node crawl covers what staff see.</summary>
    private static void Harvest(JsonElement element, HashSet<string> ids)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "id" && property.Value.ValueKind == JsonValueKind.String)
                        ids.Add(property.Value.GetString()!);
                    else
                        Harvest(property.Value, ids);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Harvest(item, ids);
                break;
        }
    }

    private sealed record Secret(Guid Member, string Pseudonym, string Kind, string Value);

    /// <summary>What identifies each anonymous member, leaving out values a named member also shows (a coincidence of
    /// the generated names would otherwise be reported).</summary>
    private static List<Secret> SecretsOf(DemoMembers members)
    {
        var publicNames = members.All.Where(p => p.PublicName is not null).Select(p => p.PublicName!).ToList();
        var secrets = new List<Secret>();
        foreach (var member in members.All.Where(p => p.IsAnonymous))
        {
            var details = members.PrivateDetails[member.Id];
            void Add(string kind, string? value)
            {
                if (value is { Length: >= 6 } && !publicNames.Any(name => name.Contains(value, StringComparison.OrdinalIgnoreCase)))
                    secrets.Add(new Secret(member.Id, member.Pseudonym, kind, value));
            }
            Add("legal name", $"{details.GivenName} {details.FamilyName}");
            Add("e-mail", details.Email);
            Add("phone", details.Phone);
            Add("licence number", details.LicenceNumber);
            Add("practice", details.PracticeName);
            Add("database id", member.Id.ToString());
            Add("database id", member.Id.ToString("N"));
        }
        return secrets;
    }
}
