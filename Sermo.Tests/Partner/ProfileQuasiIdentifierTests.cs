using System.Text.Json;
using Sermo.Api.Auth;

namespace Sermo.Tests.Partner;

/// <summary>The day a member joined or was verified, and the languages they list, narrow an anonymous member as surely as
/// a rare practice: others see the month of each date and no languages of an anonymous member; the member themself and
/// staff see the exact days and the languages.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class ProfileQuasiIdentifierTests(PartnerGraphFixture fixture)
{
    private const string Profile = "query($id: ID!) { node(id: $id) { ... on Physician { joinedOn verifiedOn languages yearsInPractice } } }";

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Others_see_the_month_of_an_anonymous_members_dates_and_none_of_their_languages_while_the_member_and_staff_see_them_exactly(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        // A seeded member who joined and was verified on days other than the first of a month.
        var member = members.All.First(p => p.IsVerified && p.IsAnonymous && p.JoinedAt.Day > 1 && p.VerifiedAt!.Value.Day > 1);
        var colleague = await NewMembers.SignedInAsync(server);
        var staff = fixture.Client(provider, server.IssueToken("staff-dates", SermoRoles.Staff));
        var self = fixture.Client(provider, server.IssueToken(member.Id.ToString(), SermoRoles.Physician));
        async Task<JsonElement> ProfileAsync(GraphClient reader) =>
            (await reader.DataAsync(Profile, new { id = PartnerIds.Of(server, "Physician", member.Id) })).GetProperty("node");
        static string Day(DateTime at) => DateOnly.FromDateTime(at).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        static string Month(DateTime at) => new DateOnly(at.Year, at.Month, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var seen = await ProfileAsync(colleague.Client);
        Assert.Equal(Month(member.JoinedAt), seen.GetProperty("joinedOn").GetString());
        Assert.Equal(Month(member.VerifiedAt!.Value), seen.GetProperty("verifiedOn").GetString());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("languages").ValueKind);

        foreach (var exact in new[] { await ProfileAsync(self), await ProfileAsync(staff) })
        {
            Assert.Equal(Day(member.JoinedAt), exact.GetProperty("joinedOn").GetString());
            Assert.Equal(Day(member.VerifiedAt!.Value), exact.GetProperty("verifiedOn").GetString());
            Assert.Equal(member.Languages, exact.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        }

        // A named member chose to be known: their languages stay visible to colleagues.
        var named = await NewMembers.VerifiedAsync(server, anonymous: false);
        var namedSeen = (await colleague.Client.DataAsync(Profile, new { id = PartnerIds.Of(server, "Physician", named.Id) })).GetProperty("node");
        Assert.Equal(named.Languages, namedSeen.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }
}
