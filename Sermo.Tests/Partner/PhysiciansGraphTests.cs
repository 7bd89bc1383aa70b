using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Tests.Partner;

/// <summary>The physicians area over HTTP on both databases: who sees which part of a profile, the generalised practice
/// of anonymous members, and the staff's membership mutations with their typed errors.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PhysiciansGraphTests(PartnerGraphFixture fixture)
{
    private const string Profile = """
        query($id: ID!) { node(id: $id) { __typename ... on Physician { id displayName pseudonym anonymous yearsInPractice languages joinedOn
          practice { specialty { code } specialtyGroup { code } country region { code } } } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_verified_member_sees_an_anonymous_colleague_by_pseudonym_with_a_practice_that_does_not_single_them_out(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var reader = members.VerifiedNamed;
        var counts = VerifiedMemberCounts.FromMembers(members.All.Where(ProfileGeneralisation.IsCounted.Compile()).Select(p => (p.SpecialtyCode, p.CountryCode)));
        // The anonymous member whose exact practice is shared by the fewest others: the case the rule exists for.
        var target = members.All.Where(p => p.IsVerified && p.IsAnonymous && p.Id != reader.Id)
            .OrderBy(p => counts.CountSharing(p.SpecialtyCode, p.CountryCode, DisclosureLevel.Exact)).First();
        Assert.True(counts.CountSharing(target.SpecialtyCode, target.CountryCode, DisclosureLevel.Exact) < ProfileGeneralisation.MinimumMembers);

        var client = fixture.Client(provider, server.IssueToken(reader.Id.ToString(), SermoRoles.Physician));
        var node = (await client.DataAsync(Profile, new { id = PartnerIds.Of(server, "Physician", target.Id) })).GetProperty("node");

        Assert.Equal(target.Pseudonym, node.GetProperty("displayName").GetString());
        Assert.True(node.GetProperty("anonymous").GetBoolean());
        var expected = ProfileGeneralisation.Generalise(target.SpecialtyCode, target.CountryCode, counts);
        Assert.NotEqual(DisclosureLevel.Exact, expected.Level);
        var practice = node.GetProperty("practice");
        Assert.Equal(expected.Specialty?.Code, CodeOrNull(practice, "specialty"));
        Assert.Equal(expected.SpecialtyGroup?.Code, CodeOrNull(practice, "specialtyGroup"));
        Assert.Equal(expected.CountryCode, practice.GetProperty("country").GetString());
        Assert.Equal(expected.Region?.Code, CodeOrNull(practice, "region"));
        Assert.Equal(YearsInPracticeBands.Of(target.YearsInPractice).Label(), node.GetProperty("yearsInPractice").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_member_sees_their_own_exact_practice_private_details_and_state_but_not_a_colleagues(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var self = members.VerifiedAnonymous;
        var other = members.OtherVerifiedAnonymous;
        var client = fixture.Client(provider, server.IssueToken(self.Id.ToString(), SermoRoles.Physician));

        var own = (await client.DataAsync("{ viewer { physician { status practice { specialty { code } country } privateDetails { familyName email licenceNumber } } } }"))
            .GetProperty("viewer").GetProperty("physician");
        Assert.Equal("VERIFIED", own.GetProperty("status").GetString());
        Assert.Equal(self.SpecialtyCode, own.GetProperty("practice").GetProperty("specialty").GetProperty("code").GetString());
        Assert.Equal(self.CountryCode, own.GetProperty("practice").GetProperty("country").GetString());
        Assert.Equal(members.PrivateDetails[self.Id].Email, own.GetProperty("privateDetails").GetProperty("email").GetString());

        var response = await client.PostAsync("query($id: ID!) { node(id: $id) { ... on Physician { displayName status privateDetails { email } } } }",
            new { id = PartnerIds.Of(server, "Physician", other.Id) });
        var node = response.GetProperty("data").GetProperty("node");
        Assert.Equal(other.Pseudonym, node.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("privateDetails").ValueKind);
        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.DoesNotContain(members.PrivateDetails[other.Id].Email, response.GetRawText());
        Assert.DoesNotContain(members.PrivateDetails[other.Id].FamilyName, response.GetRawText());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task An_applicant_sees_only_their_own_profile_and_progress(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var applicant = members.Applicant;
        var client = fixture.Client(provider, server.IssueToken(applicant.Id.ToString(), SermoRoles.Physician));

        var own = (await client.DataAsync("{ viewer { physician { status pendingCredentialStage } } }")).GetProperty("viewer").GetProperty("physician");
        Assert.Equal("APPLICANT", own.GetProperty("status").GetString());
        Assert.Equal("LICENCE", own.GetProperty("pendingCredentialStage").GetString());

        var other = await client.DataAsync("query($id: ID!) { node(id: $id) { __typename } }", new { id = PartnerIds.Of(server, "Physician", members.VerifiedNamed.Id) });
        Assert.Equal(JsonValueKind.Null, other.GetProperty("node").ValueKind);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Callers_outside_the_community_get_null_for_a_member_exactly_as_for_an_id_that_names_nobody(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var existing = PartnerIds.Of(server, "Physician", members.VerifiedNamed.Id);
        var missing = PartnerIds.Of(server, "Physician", Guid.NewGuid());
        foreach (var token in new string?[]
                 {
                     null,
                     server.IssueToken("agency-user", SermoRoles.Agency),
                     server.IssueToken("reviewer-user", SermoRoles.Reviewer),
                     server.IssueToken("pharma-user", SermoRoles.Pharma),
                     server.IssueToken(members.Suspended.Id.ToString(), SermoRoles.Physician),
                     server.IssueToken(members.Rejected.Id.ToString(), SermoRoles.Physician),
                 })
        {
            var client = fixture.Client(provider, token);
            var query = "query($a: ID!, $b: ID!) { a: node(id: $a) { __typename } b: node(id: $b) { __typename } }";
            var data = await client.DataAsync(query, new { a = existing, b = missing });
            Assert.Equal(JsonValueKind.Null, data.GetProperty("a").ValueKind);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("b").ValueKind);
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Staff_see_private_details_and_credential_checks_and_page_through_applicants(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var staff = fixture.Client(provider, server.IssueToken("staff-1", SermoRoles.Staff));
        var target = members.VerifiedAnonymous;

        var node = (await staff.DataAsync("query($id: ID!) { node(id: $id) { ... on Physician { practice { specialty { code } } privateDetails { licenceNumber } credentialChecks { stage passed checkedBy } } } }",
            new { id = PartnerIds.Of(server, "Physician", target.Id) })).GetProperty("node");
        Assert.Equal(members.PrivateDetails[target.Id].LicenceNumber, node.GetProperty("privateDetails").GetProperty("licenceNumber").GetString());
        Assert.Equal(target.SpecialtyCode, node.GetProperty("practice").GetProperty("specialty").GetProperty("code").GetString());
        Assert.Equal(["IDENTITY", "LICENCE", "PRACTICE"], node.GetProperty("credentialChecks").EnumerateArray().Select(c => c.GetProperty("stage").GetString()));

        var first = (await staff.DataAsync("{ applicants(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }")).GetProperty("applicants");
        var total = first.GetProperty("totalCount").GetInt32();
        Assert.True(total >= 1);
        var seen = first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        var page = first;
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
        {
            page = (await staff.DataAsync("query($after: String) { applicants(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("applicants");
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        }
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_page_above_the_cap_is_a_clear_error_and_only_staff_reach_the_applicants(string provider)
    {
        var server = fixture.Server(provider);
        var staff = fixture.Client(provider, server.IssueToken("staff-1", SermoRoles.Staff));
        var tooMany = await staff.PostAsync("{ applicants(first: 101) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("101", tooMany.GetProperty("errors")[0].GetProperty("message").GetString());

        var members = await DemoMembers.ReadAsync(server);
        var member = fixture.Client(provider, server.IssueToken(members.VerifiedNamed.Id.ToString(), SermoRoles.Physician));
        var refused = await member.PostAsync("{ applicants { totalCount } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var anonymous = await fixture.Client(provider).PostAsync("{ applicants { totalCount } }");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Staff_decide_credential_stages_in_order_and_refusals_come_back_typed(string provider)
    {
        var server = fixture.Server(provider);
        var applicant = await NewApplicantAsync(server);
        var staff = fixture.Client(provider, server.IssueToken("staff-checker", SermoRoles.Staff));
        const string Record = """
            mutation($input: RecordCredentialCheckInput!) { recordCredentialCheck(input: $input) {
              physician { status pendingCredentialStage credentialChecks { stage checkedBy } } errors { code message path } } }
            """;
        var id = PartnerIds.Of(server, "Physician", applicant);

        var outOfOrder = (await staff.DataAsync(Record, new { input = new { physicianId = id, stage = "PRACTICE", passed = true } })).GetProperty("recordCredentialCheck");
        Assert.Equal(JsonValueKind.Null, outOfOrder.GetProperty("physician").ValueKind);
        Assert.Equal("CREDENTIAL_STAGE_OUT_OF_ORDER", outOfOrder.GetProperty("errors")[0].GetProperty("code").GetString());

        var noReason = (await staff.DataAsync(Record, new { input = new { physicianId = id, stage = "IDENTITY", passed = false } })).GetProperty("recordCredentialCheck");
        Assert.Equal("INVALID_ARGUMENT", noReason.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(["input", "note"], noReason.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));

        foreach (var stage in new[] { "IDENTITY", "LICENCE" })
            Assert.Empty((await staff.DataAsync(Record, new { input = new { physicianId = id, stage, passed = true } })).GetProperty("recordCredentialCheck").GetProperty("errors").EnumerateArray());
        var last = (await staff.DataAsync(Record, new { input = new { physicianId = id, stage = "PRACTICE", passed = true, note = "Practice confirmed by phone." } }))
            .GetProperty("recordCredentialCheck").GetProperty("physician");
        Assert.Equal("VERIFIED", last.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("pendingCredentialStage").ValueKind);
        Assert.All(last.GetProperty("credentialChecks").EnumerateArray(), c => Assert.Equal("staff-checker", c.GetProperty("checkedBy").GetString()));

        var unknown = (await staff.DataAsync(Record, new { input = new { physicianId = "not-an-id", stage = "IDENTITY", passed = true } })).GetProperty("recordCredentialCheck");
        Assert.Equal("NOT_FOUND", unknown.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(["input", "physicianId"], unknown.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_suspended_member_loses_the_community_until_reinstated_and_only_staff_suspend(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var target = members.All.Where(p => p.IsVerified).Skip(7).First();
        var id = PartnerIds.Of(server, "Physician", target.Id);
        var memberToken = server.IssueToken(target.Id.ToString(), SermoRoles.Physician);
        var staff = fixture.Client(provider, server.IssueToken("staff-1", SermoRoles.Staff));
        var colleague = PartnerIds.Of(server, "Physician", members.VerifiedNamed.Id);

        var byMember = await fixture.Client(provider, memberToken).PostAsync("mutation($id: ID!) { suspendPhysician(input: { physicianId: $id }) { errors { code } } }", new { id });
        Assert.Equal("AUTH_NOT_AUTHORIZED", byMember.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var suspended = (await staff.DataAsync("mutation($id: ID!) { suspendPhysician(input: { physicianId: $id }) { physician { status } errors { code } } }", new { id }))
            .GetProperty("suspendPhysician");
        Assert.Equal("SUSPENDED", suspended.GetProperty("physician").GetProperty("status").GetString());
        var again = (await staff.DataAsync("mutation($id: ID!) { suspendPhysician(input: { physicianId: $id }) { physician { status } errors { code } } }", new { id }))
            .GetProperty("suspendPhysician");
        Assert.Equal("INVALID_STATE_TRANSITION", again.GetProperty("errors")[0].GetProperty("code").GetString());

        var whileSuspended = await fixture.Client(provider, memberToken).DataAsync("query($id: ID!) { node(id: $id) { __typename } }", new { id = colleague });
        Assert.Equal(JsonValueKind.Null, whileSuspended.GetProperty("node").ValueKind);

        var reinstated = (await staff.DataAsync("mutation($id: ID!) { reinstatePhysician(input: { physicianId: $id }) { physician { status } } }", new { id }))
            .GetProperty("reinstatePhysician");
        Assert.Equal("VERIFIED", reinstated.GetProperty("physician").GetProperty("status").GetString());
        var afterwards = await fixture.Client(provider, memberToken).DataAsync("query($id: ID!) { node(id: $id) { __typename } }", new { id = colleague });
        Assert.Equal("Physician", afterwards.GetProperty("node").GetProperty("__typename").GetString());
    }

    private static string? CodeOrNull(JsonElement parent, string property) =>
        parent.GetProperty(property).ValueKind == JsonValueKind.Null ? null : parent.GetProperty(property).GetProperty("code").GetString();

    /// <summary>A fresh applicant, so the test owns the member whose stages it decides.</summary>
    internal static async Task<Guid> NewApplicantAsync(Infrastructure.SermoServer server)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (physician, details) = Physician.Apply(new PhysicianApplication(
            $"Applicant {suffix}", "cardiology", "DE", ["de"], 7, true, "Test", "Applicant", $"applicant.{suffix}@example.org", null,
            $"DE-{suffix}", "Landesärztekammer", "Praxis Test"), DateTime.UtcNow);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        db.Physicians.Add(physician);
        db.PhysicianPrivateDetails.Add(details);
        await db.SaveChangesAsync();
        return physician.Id;
    }
}
