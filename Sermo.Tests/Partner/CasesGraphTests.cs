using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Partner;
using Sermo.Api.Transport;
using Sermo.Domain.Cases;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Partner;

/// <summary>Reading cases over HTTP on both databases: the feed's paging, filters and order, a case with its patient,
/// responses and vote counts, its author as the Physician type shows them, and who may read any of it.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class CasesGraphTests(PartnerGraphFixture fixture)
{
    private const string FeedPage = """
        query($first: Int, $after: String, $where: CaseFilter, $orderBy: [CaseSort!]) {
          cases(first: $first, after: $after, where: $where, orderBy: $orderBy) {
            totalCount nodes { id status postedAt specialty { code } } pageInfo { hasNextPage endCursor } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_feed_pages_newest_first_without_gaps_or_repeats(string provider)
    {
        var member = await MemberAsync(provider);
        var window = new { postedAt = new { lt = "2026-11-01T00:00:00Z" } };
        var first = (await member.DataAsync(FeedPage, new { first = 7, where = window })).GetProperty("cases");
        var total = first.GetProperty("totalCount").GetInt32();
        Assert.True(total >= 50, $"The demo seed has {total} cases.");

        var seen = new List<(string Id, DateTime PostedAt)>();
        var page = first;
        while (true)
        {
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("postedAt").GetDateTime())));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
                break;
            page = (await member.DataAsync(FeedPage, new { first = 7, after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString(), where = window }))
                .GetProperty("cases");
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(s => s.PostedAt).Select(s => s.Id), seen.Select(s => s.Id));

        var oldestFirst = (await member.DataAsync(FeedPage, new { first = 3, where = window, orderBy = new[] { new { postedAt = "ASC" } } }))
            .GetProperty("cases").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString());
        Assert.Equal(seen.OrderBy(s => s.PostedAt).Take(3).Select(s => s.Id), oldestFirst);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task The_feed_filters_by_specialty_status_and_date_in_the_database(string provider)
    {
        var server = fixture.Server(provider);
        var member = await MemberAsync(provider);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var seeded = await db.Cases.AsNoTracking().Where(c => c.PostedAt < new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)).ToListAsync();
        var specialties = seeded.GroupBy(c => c.SpecialtyCode).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key).ToArray();
        var from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var until = new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);

        var where = new
        {
            specialty = new { @in = specialties },
            status = new { eq = "SOLVED" },
            postedAt = new { gte = from, lt = until },
        };
        var found = (await member.DataAsync(FeedPage, new { first = 100, where })).GetProperty("cases");
        var expected = seeded.Where(c => specialties.Contains(c.SpecialtyCode) && c.Status == CaseStatus.Solved && c.PostedAt >= from && c.PostedAt < until).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, found.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Select(c => PartnerIds.Of(server, "Case", c.Id)).Order(), found.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order());

        var either = new { or = new object[] { new { specialty = new { eq = specialties[0] } }, new { status = new { eq = "OPEN" } } }, postedAt = new { lt = "2026-11-01T00:00:00Z" } };
        var count = (await member.DataAsync(FeedPage, new { first = 1, where = either })).GetProperty("cases").GetProperty("totalCount").GetInt32();
        Assert.Equal(seeded.Count(c => c.SpecialtyCode == specialties[0] || c.Status == CaseStatus.Open), count);
    }

    /// <summary>A filter or sort on a field some caller of the feed may not read would be an oracle for it.</summary>
    [Fact]
    public void Every_filter_and_sort_field_of_the_feed_is_a_case_field_every_caller_of_the_feed_reads()
    {
        var schema = fixture.Server(PartnerGraphFixture.Sqlite).Services.GetRequiredService<GraphQLSchemaRegistry>()
            .Endpoints.Single(e => e.Name == PartnerSchema.Name).Schema;
        var caseType = (ObjectType)schema.GetType("Case")!;
        var feedRoles = schema.QueryType!.Fields["cases"]!.Authorization.SelectMany(r => r.Roles).Distinct().ToList();
        Assert.Equal([SermoRoles.Physician, SermoRoles.Staff], feedRoles.Order());

        var checkedFields = 0;
        foreach (var input in new[] { "CaseFilter", "CaseSort" })
        {
            foreach (var field in ((InputObjectType)schema.GetType(input)!).Fields.Where(f => f.Name is not ("and" or "or")))
            {
                Assert.True(caseType.Fields.TryGet(field.Name, out var read), $"{input}.{field.Name} is not a field of Case.");
                Assert.All(read.Authorization, requirement =>
                {
                    Assert.Null(requirement.Policy);
                    Assert.All(feedRoles, role => Assert.Contains(role, requirement.Roles));
                });
                checkedFields++;
            }
        }
        Assert.Equal(4, checkedFields);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Bad_paging_and_filter_input_get_clear_errors(string provider)
    {
        var member = await MemberAsync(provider);
        var tooMany = await member.PostAsync("{ cases(first: 101) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", Code(tooMany));
        Assert.Contains("101", tooMany.GetProperty("errors")[0].GetProperty("message").GetString());

        var manyValues = await member.PostAsync(FeedPage, new { where = new { specialty = new { @in = Enumerable.Range(0, 101).Select(i => $"s{i}").ToArray() } } });
        Assert.Equal("BAD_USER_INPUT", Code(manyValues));

        var forgedCursor = await member.PostAsync(FeedPage, new { after = "not-a-cursor" });
        Assert.Equal("INVALID_CURSOR", Code(forgedCursor));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_case_shows_its_patient_attachments_responses_and_counted_votes(string provider)
    {
        var server = fixture.Server(provider);
        var member = await MemberAsync(provider);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        // A seeded case with everything: an attachment, proposals with votes, accepted advice.
        var @case = await db.Cases.AsNoTracking().IncludeAggregate()
            .Where(c => c.Attachments.Any() && c.Votes.Any() && c.AcceptedResponseId != null).OrderBy(c => c.PostedAt).FirstAsync();
        const string Query = """
            query($id: ID!) { node(id: $id) { ... on Case { id title question status postedAt firstResponseAt solvedAt timeToFirstResponse timeToSolution
              specialty { code name group { code } } patient { ageBand sex history findings }
              attachments { kind fileName contentType sizeBytes description addedAt }
              author { id displayName }
              responses { id kind } followUps { kind } advice { id body author { displayName } }
              proposedActions { id support opposition viewerVote }
              acceptedAdvice { id } } } }
            """;
        var node = (await member.DataAsync(Query, new { id = PartnerIds.Of(server, "Case", @case.Id) })).GetProperty("node");

        Assert.Equal(@case.Title, node.GetProperty("title").GetString());
        Assert.Equal("SOLVED", node.GetProperty("status").GetString());
        Assert.Equal(@case.SpecialtyCode, node.GetProperty("specialty").GetProperty("code").GetString());
        Assert.Equal(@case.Patient.History, node.GetProperty("patient").GetProperty("history").GetString());
        Assert.Equal((int)@case.TimeToFirstResponse!.Value.TotalSeconds, node.GetProperty("timeToFirstResponse").GetInt32());
        Assert.Equal((int)@case.TimeToSolution!.Value.TotalSeconds, node.GetProperty("timeToSolution").GetInt32());
        var attachment = Assert.Single(node.GetProperty("attachments").EnumerateArray());
        Assert.Equal(@case.Attachments[0].FileName, attachment.GetProperty("fileName").GetString());
        Assert.Equal(@case.Attachments[0].SizeBytes, attachment.GetProperty("sizeBytes").GetInt64());
        Assert.DoesNotContain(@case.Attachments[0].StorageKey, node.GetRawText());

        Assert.Equal(@case.Responses.Count, node.GetProperty("responses").GetArrayLength());
        Assert.Equal(@case.Responses.Count(r => r.Kind == ResponseKind.Advice), node.GetProperty("advice").GetArrayLength());
        Assert.All(node.GetProperty("followUps").EnumerateArray(), f => Assert.Contains(f.GetProperty("kind").GetString(), new[] { "FOLLOW_UP_QUESTION", "AUTHOR_ANSWER" }));
        foreach (var proposal in node.GetProperty("proposedActions").EnumerateArray())
        {
            var id = @case.Responses.Single(r => PartnerIds.Of(server, "CaseResponse", r.Id) == proposal.GetProperty("id").GetString()).Id;
            Assert.Equal(@case.SupportFor(id), proposal.GetProperty("support").GetInt32());
            Assert.Equal(@case.OppositionTo(id), proposal.GetProperty("opposition").GetInt32());
        }
        Assert.Equal(PartnerIds.Of(server, "CaseResponse", @case.AcceptedResponseId!.Value), node.GetProperty("acceptedAdvice").GetProperty("id").GetString());
        Assert.Equal(PartnerIds.Of(server, "Physician", @case.AuthorId), node.GetProperty("author").GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task An_anonymous_author_is_shown_by_pseudonym_and_nothing_private_or_internal_reaches_any_reader(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var (author, colleague) = (await NewMembers.SignedInAsync(server), await NewMembers.SignedInAsync(server));
        var caseId = await CaseOperations.PostAsync(author.Client);
        await CaseOperations.RespondedAsync(colleague.Client, "giveAdvice", caseId, "Screen for primary aldosteronism before adding a fourth agent.");

        const string Everything = """
            query($id: ID!) { node(id: $id) { ... on Case { id title author { id displayName pseudonym anonymous }
              responses { id body author { id displayName } } } } }
            """;
        foreach (var reader in new[] { members.VerifiedNamed.Id.ToString(), "staff-1" })
        {
            var token = reader == "staff-1" ? server.IssueToken(reader, SermoRoles.Staff) : server.IssueToken(reader, SermoRoles.Physician);
            var response = await fixture.Client(provider, token).PostAsync(Everything, new { id = caseId });
            var node = response.GetProperty("data").GetProperty("node");
            Assert.Equal(author.Member.Pseudonym, node.GetProperty("author").GetProperty("displayName").GetString());
            Assert.Equal(colleague.Member.Pseudonym, node.GetProperty("responses")[0].GetProperty("author").GetProperty("displayName").GetString());
            var text = response.GetRawText();
            foreach (var secret in Secrets(author.Member).Concat(Secrets(colleague.Member)))
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Only_verified_members_and_staff_read_cases_and_node_answers_others_as_for_a_missing_id(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var seeded = await db.Set<CaseResponse>().AsNoTracking().OrderBy(r => r.PostedAt).FirstAsync();
        var existing = new[] { PartnerIds.Of(server, "Case", seeded.CaseId), PartnerIds.Of(server, "CaseResponse", seeded.Id) };
        var missing = new[] { PartnerIds.Of(server, "Case", Guid.NewGuid()), PartnerIds.Of(server, "CaseResponse", Guid.NewGuid()) };
        const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }";

        var staff = fixture.Client(provider, server.IssueToken("staff-1", SermoRoles.Staff));
        Assert.Equal(["Case", "CaseResponse"], (await staff.DataAsync(Nodes, new { ids = existing })).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.True((await staff.DataAsync("{ cases(first: 1) { totalCount } }")).GetProperty("cases").GetProperty("totalCount").GetInt32() > 0);

        var outsiders = new (string? Token, string Code)[]
        {
            (null, "AUTH_NOT_AUTHENTICATED"),
            (server.IssueToken(members.Applicant.Id.ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken(members.Suspended.Id.ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken(members.Rejected.Id.ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken("agency-user", SermoRoles.Agency), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken("pharma-user", SermoRoles.Pharma), "AUTH_NOT_AUTHORIZED"),
            (server.IssueToken(Guid.NewGuid().ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
        };
        foreach (var (token, code) in outsiders)
        {
            var client = fixture.Client(provider, token);
            var feed = await client.PostAsync("{ cases { totalCount nodes { title } } }");
            Assert.Equal(code, Code(feed));
            Assert.Equal(JsonValueKind.Null, feed.GetProperty("data").ValueKind);
            var found = await client.DataAsync(Nodes, new { ids = existing.Concat(missing).ToArray() });
            Assert.All(found.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        }
    }

    /// <summary>What must never reach another member: the database id and the private details NewMembers gave them.</summary>
    private static IEnumerable<string> Secrets(Physician member)
    {
        var suffix = member.Pseudonym["Member ".Length..];
        return [member.Id.ToString(), member.Id.ToString("N"), $"member.{suffix}@", $"Test{suffix}", $"FR-{suffix}", $"Cabinet {suffix}", "+33 1 00 00 00 00"];
    }

    private async Task<GraphClient> MemberAsync(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        return fixture.Client(provider, server.IssueToken(members.VerifiedNamed.Id.ToString(), SermoRoles.Physician));
    }

    private static string? Code(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
