using System.Text.Json;
using Sermo.Api.Auth;
using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Tests.Partner;

/// <summary>What a colleague sees of an anonymous member's practice while the membership changes around them (members
/// verified, members suspended): views taken at different times must not combine into more than any one of them shows,
/// so every earlier view is a coarsening of every later one, and each view matches at least 11 members ever verified.</summary>
public sealed class PracticeOverTimeTests(ChangingMembershipServers servers) : IClassFixture<ChangingMembershipServers>
{
    private const string Practice = """
        query($id: ID!) { node(id: $id) { ... on Physician { practice { specialty { code } specialtyGroup { code } country region { code } } } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Views_of_an_anonymous_members_practice_only_ever_get_finer_and_each_matches_eleven_members_ever_verified(string provider)
    {
        var server = servers.Server(provider);
        var everVerified = new List<Physician>();
        async Task<List<Physician>> VerifyAsync(int count, string specialty, string country)
        {
            var made = new List<Physician>();
            for (var i = 0; i < count; i++)
                made.Add(await NewMembers.VerifiedAsync(server, specialtyCode: specialty, countryCode: country));
            everVerified.AddRange(made);
            return made;
        }

        // The reader is far from the target's practice; the target is an anonymous cardiologist in France.
        var reader = await NewMembers.VerifiedAsync(server, anonymous: false, specialtyCode: "dermatology", countryCode: "JP");
        everVerified.Add(reader);
        var target = (await VerifyAsync(1, "cardiology", "FR"))[0];
        var client = ClientFor(server, reader);
        var views = new List<(string Step, ShownPracticeView View)>();
        async Task LookAsync(string step)
        {
            servers.ExpireMemberCounts();
            var node = (await client.DataAsync(Practice, new { id = PartnerIds.Of(server, "Physician", target.Id) })).GetProperty("node");
            views.Add((step, ShownPracticeView.Of(node.GetProperty("practice"))));
        }

        // Cardiologists elsewhere in Western Europe, and other cardiovascular specialists in France: ten of each.
        var cardiologistsInGermany = await VerifyAsync(10, "cardiology", "DE");
        await VerifyAsync(10, "interventional-cardiology", "FR");
        await LookAsync("ten colleagues of each kind verified");
        await NewMembers.SuspendAsync(server, cardiologistsInGermany[0].Id);
        await LookAsync("one cardiologist in Germany suspended");
        var cardiologistsInFrance = await VerifyAsync(10, "cardiology", "FR");
        await LookAsync("ten cardiologists in France verified");
        foreach (var member in cardiologistsInFrance.Take(5))
            await NewMembers.SuspendAsync(server, member.Id);
        await LookAsync("five cardiologists in France suspended");

        for (var later = 0; later < views.Count; later++)
        {
            var view = views[later];
            if (!view.View.IsNothing)
                Assert.True(everVerified.Count(m => view.View.Matches(m)) >= ProfileGeneralisation.MinimumMembers,
                    $"After '{view.Step}' the view {view.View} matches fewer than 11 members ever verified.");
            for (var earlier = 0; earlier < later; earlier++)
                Assert.True(views[earlier].View.IsCoarseningOf(view.View),
                    $"The view after '{views[earlier].Step}' ({views[earlier].View}) is not a coarsening of the view after '{view.Step}' ({view.View}): together they show more than either.");
        }
        // The sequence exercised the rule: the target was not shown the same way throughout.
        Assert.True(views.Select(v => v.View).Distinct().Count() > 1, string.Join("; ", views.Select(v => $"{v.Step}: {v.View}")));
    }

    private static GraphClient ClientFor(Infrastructure.SermoServer server, Physician reader) =>
        new(server, server.IssueToken(reader.Id.ToString(), SermoRoles.Physician));

    /// <summary>A practice as the graph returned it: each side's codes, null where withheld.</summary>
    private sealed record ShownPracticeView(string? Specialty, string? Group, string? Country, string? Region)
    {
        public bool IsNothing => Specialty is null && Group is null && Country is null && Region is null;

        public static ShownPracticeView Of(JsonElement practice) => new(
            CodeOf(practice, "specialty"), CodeOf(practice, "specialtyGroup"),
            practice.GetProperty("country").GetString(), CodeOf(practice, "region"));

        /// <summary>Everything this view shows, <paramref name="finer"/> shows too (with the same values).</summary>
        public bool IsCoarseningOf(ShownPracticeView finer) =>
            (Specialty is null || Specialty == finer.Specialty) && (Group is null || Group == finer.Group)
            && (Country is null || Country == finer.Country) && (Region is null || Region == finer.Region);

        public bool Matches(Physician member) =>
            (Specialty is null || Specialty == member.SpecialtyCode)
            && (Group is null || Group == Specialties.GroupOf(member.SpecialtyCode).Code)
            && (Country is null || Country == member.CountryCode)
            && (Region is null || Region == Countries.RegionOf(member.CountryCode).Code);

        private static string? CodeOf(JsonElement practice, string field) =>
            practice.GetProperty(field) is { ValueKind: JsonValueKind.Object } value ? value.GetProperty("code").GetString() : null;
    }
}
