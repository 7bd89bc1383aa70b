using System.Text.Json;
using Sermo.Api.Auth;

namespace Sermo.Tests.Partner;

/// <summary>A named member's pseudonym beside their real name would link the two for good: should they turn anonymous
/// later, everyone would already know whose pseudonym it is. Others see a pseudonym only for anonymous members; the
/// member themself and staff always see it.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PseudonymVisibilityTests(PartnerGraphFixture fixture)
{
    private const string Profile = "query($id: ID!) { node(id: $id) { ... on Physician { displayName pseudonym anonymous } } }";

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Others_see_a_pseudonym_only_for_anonymous_members_and_the_member_and_staff_always(string provider)
    {
        var server = fixture.Server(provider);
        var named = await NewMembers.VerifiedAsync(server, anonymous: false);
        var anonymous = await NewMembers.VerifiedAsync(server);
        var colleague = await NewMembers.SignedInAsync(server);
        var staff = fixture.Client(provider, server.IssueToken("staff-pseudonyms", SermoRoles.Staff));
        var self = fixture.Client(provider, server.IssueToken(named.Id.ToString(), SermoRoles.Physician));
        async Task<JsonElement> ProfileAsync(GraphClient reader, Guid member) =>
            (await reader.DataAsync(Profile, new { id = PartnerIds.Of(server, "Physician", member) })).GetProperty("node");

        var namedToColleague = await ProfileAsync(colleague.Client, named.Id);
        Assert.Equal(named.PublicName, namedToColleague.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, namedToColleague.GetProperty("pseudonym").ValueKind);
        Assert.DoesNotContain(named.Pseudonym, (await colleague.Client.PostAsync(Profile, new { id = PartnerIds.Of(server, "Physician", named.Id) })).GetRawText());

        Assert.Equal(anonymous.Pseudonym, (await ProfileAsync(colleague.Client, anonymous.Id)).GetProperty("pseudonym").GetString());
        Assert.Equal(named.Pseudonym, (await ProfileAsync(self, named.Id)).GetProperty("pseudonym").GetString());
        Assert.Equal(named.Pseudonym, (await ProfileAsync(staff, named.Id)).GetProperty("pseudonym").GetString());
    }
}
