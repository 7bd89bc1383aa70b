using Sermo.Domain;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;
using Sermo.Tests.Domain;

namespace Sermo.Tests.Privacy;

public class ProfileGeneralisationTests
{
    // The member asked about in the ladder tests is a cardiologist in France; DE shares France's region
    // (Western Europe) and JP does not; interventional cardiology shares cardiology's group and dermatology does not.
    private const string Cardiology = "cardiology";
    private const string France = "FR";

    [Theory]
    [InlineData("cardiology FR 11", SpecialtyDetail.Specialty, LocationDetail.Country)]
    [InlineData("cardiology FR 6; cardiology DE 5", SpecialtyDetail.Specialty, LocationDetail.Region)]
    [InlineData("cardiology FR 5; cardiology JP 6", SpecialtyDetail.Specialty, LocationDetail.Withheld)]
    [InlineData("cardiology FR 5; interventional-cardiology FR 6", SpecialtyDetail.Group, LocationDetail.Withheld)]
    [InlineData("cardiology FR 5; interventional-cardiology DE 6", SpecialtyDetail.Group, LocationDetail.Withheld)]
    [InlineData("cardiology FR 5; interventional-cardiology JP 6", SpecialtyDetail.Group, LocationDetail.Withheld)]
    // Location is never shown without the exact specialty: others in the same country but another group do not help.
    [InlineData("cardiology FR 5; dermatology FR 6", SpecialtyDetail.Withheld, LocationDetail.Withheld)]
    [InlineData("cardiology FR 5; dermatology DE 6", SpecialtyDetail.Withheld, LocationDetail.Withheld)]
    [InlineData("cardiology FR 5; dermatology JP 6", SpecialtyDetail.Withheld, LocationDetail.Withheld)]
    // At the threshold: ten sharing a level are too few, eleven (rows above and the next) are enough.
    [InlineData("cardiology FR 10", SpecialtyDetail.Withheld, LocationDetail.Withheld)]
    [InlineData("cardiology FR 5; cardiology DE 5", SpecialtyDetail.Withheld, LocationDetail.Withheld)]
    [InlineData("cardiology FR 5; cardiology DE 6", SpecialtyDetail.Specialty, LocationDetail.Region)]
    [InlineData("cardiology FR 5; interventional-cardiology JP 5", SpecialtyDetail.Withheld, LocationDetail.Withheld)]
    public void Each_step_of_the_ladder_is_taken_when_it_is_the_first_to_reach_eleven_and_ten_are_too_few(
        string population, SpecialtyDetail specialty, LocationDetail location)
    {
        var shown = ProfileGeneralisation.Generalise(Cardiology, France, Counts(population));

        Assert.Equal(new DisclosureLevel(specialty, location), shown.Level);
    }

    [Fact]
    public void A_generalised_profile_names_the_group_and_nothing_narrower()
    {
        var shown = ProfileGeneralisation.Generalise(Cardiology, "fr", Counts("cardiology FR 5; interventional-cardiology DE 6"));

        Assert.Null(shown.Specialty);
        Assert.Equal(SpecialtyGroups.Cardiovascular, shown.SpecialtyGroup);
        Assert.Null(shown.CountryCode);
        Assert.Null(shown.Region);
    }

    [Fact]
    public void Each_level_of_the_order_is_a_coarsening_of_the_one_before()
    {
        foreach (var (finer, coarser) in ProfileGeneralisation.Order.Zip(ProfileGeneralisation.Order.Skip(1)))
        {
            Assert.True(coarser.Specialty >= finer.Specialty && coarser.Location >= finer.Location, $"{coarser} does not coarsen {finer}");
            Assert.NotEqual(finer, coarser);
        }
        Assert.Equal(DisclosureLevel.Exact, ProfileGeneralisation.Order[0]);
        Assert.Equal(DisclosureLevel.Nothing, ProfileGeneralisation.Order[^1]);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void While_members_are_verified_and_suspended_every_view_of_a_member_coarsens_every_later_one_and_matches_eleven_ever_verified(int seed)
    {
        var random = new Random(seed);
        var counted = ProfileGeneralisation.IsCounted.Compile();
        var members = new List<Physician>();
        var views = new Dictionary<Guid, List<ShownPractice>>();
        var levelsSeen = new HashSet<DisclosureLevel>();
        for (var step = 0; step < 12; step++)
        {
            foreach (var (specialty, country) in RandomPopulation(random, 60))
                members.Add(Given.VerifiedPhysician(country, specialty: specialty));
            foreach (var member in members.Where(m => m.IsVerified).OrderBy(_ => random.Next()).Take(25).ToList())
                member.Suspend();
            var everVerified = members.Where(counted).ToList();
            var counts = VerifiedMemberCounts.FromMembers(everVerified.Select(m => (m.SpecialtyCode, m.CountryCode)));
            foreach (var member in members)
            {
                var shown = ProfileGeneralisation.ShownToOthers(member, counts);
                levelsSeen.Add(shown.Level);
                if (shown.Level != DisclosureLevel.Nothing)
                    Assert.True(everVerified.Count(m => Matches(shown, (m.SpecialtyCode, m.CountryCode))) >= ProfileGeneralisation.MinimumMembers);
                var seen = views.TryGetValue(member.Id, out var list) ? list : views[member.Id] = [];
                foreach (var earlier in seen)
                    Assert.True(IsCoarseningOf(earlier, shown), $"At step {step} {member.SpecialtyCode}/{member.CountryCode} was shown as {shown} after {earlier}.");
                seen.Add(shown);
            }
        }
        Assert.True(levelsSeen.Count >= 4, $"only {levelsSeen.Count} levels were exercised");
        Assert.Contains(views.Values, seen => seen.Distinct().Count() > 1);
    }

    [Fact]
    public void An_exact_profile_also_carries_its_group_and_region_and_a_withheld_one_carries_nothing()
    {
        var exact = ProfileGeneralisation.Generalise(Cardiology, France, Counts("cardiology FR 11"));
        var withheld = ProfileGeneralisation.Generalise(Cardiology, France, Counts("cardiology FR 1"));

        Assert.Equal(new ShownPractice(DisclosureLevel.Exact, Specialties.Get(Cardiology), SpecialtyGroups.Cardiovascular,
            France, Countries.RegionOf(France)), exact);
        Assert.Equal(new ShownPractice(DisclosureLevel.Nothing, null, null, null, null), withheld);
    }

    [Fact]
    public void A_named_member_is_shown_exactly_however_few_share_their_profile_and_an_anonymous_one_is_not()
    {
        var named = Given.VerifiedPhysician("IS", anonymous: false);
        var anonymous = Given.VerifiedPhysician("IS", anonymous: true);
        var counts = VerifiedMemberCounts.FromMembers([(named.SpecialtyCode, named.CountryCode), (anonymous.SpecialtyCode, anonymous.CountryCode)]);

        Assert.Equal(DisclosureLevel.Exact, ProfileGeneralisation.ShownToOthers(named, counts).Level);
        Assert.Equal(DisclosureLevel.Nothing, ProfileGeneralisation.ShownToOthers(anonymous, counts).Level);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void In_a_random_population_every_shown_profile_matches_at_least_eleven_members_and_is_the_first_level_that_does(int seed)
    {
        var members = RandomPopulation(new Random(seed), 3000);
        var counts = VerifiedMemberCounts.FromMembers(members);
        var levelsSeen = new HashSet<DisclosureLevel>();

        foreach (var (specialty, country) in members.Distinct())
        {
            var shown = ProfileGeneralisation.Generalise(specialty, country, counts);
            levelsSeen.Add(shown.Level);

            if (shown.Level != DisclosureLevel.Nothing)
                Assert.True(members.Count(m => Matches(shown, m)) >= ProfileGeneralisation.MinimumMembers,
                    $"{specialty}/{country} shown at {shown.Level} matches too few members");
            foreach (var earlier in ProfileGeneralisation.Order.TakeWhile(level => level != shown.Level))
            {
                var candidate = ShownPractice.At(specialty, country, earlier);
                Assert.True(members.Count(m => Matches(candidate, m)) < ProfileGeneralisation.MinimumMembers,
                    $"{specialty}/{country} could have been shown at {earlier} but was shown at {shown.Level}");
            }
        }
        // Otherwise the population is too even or too thin for the check above to cover the ladder.
        Assert.True(levelsSeen.Count >= 4, $"only {levelsSeen.Count} levels were exercised");
    }

    [Fact]
    public void The_result_depends_only_on_the_counts_not_on_the_order_members_were_counted_in()
    {
        var random = new Random(7);
        var members = RandomPopulation(random, 2000);
        var counted = VerifiedMemberCounts.FromMembers(members);
        var shuffled = VerifiedMemberCounts.FromMembers(members.OrderBy(_ => random.Next()).ToList());
        var grouped = VerifiedMemberCounts.FromPairCounts(members.GroupBy(m => m).Select(g => (g.Key.Specialty, g.Key.Country, g.Count())));

        foreach (var (specialty, country) in members.Distinct())
        {
            var shown = ProfileGeneralisation.Generalise(specialty, country, counted);
            Assert.Equal(shown, ProfileGeneralisation.Generalise(specialty, country, shuffled));
            Assert.Equal(shown, ProfileGeneralisation.Generalise(specialty, country, grouped));
            Assert.Equal(shown, ProfileGeneralisation.Generalise(specialty, country, counted));
        }
    }

    [Fact]
    public void The_count_table_sums_pairs_into_groups_and_regions()
    {
        var counts = Counts("cardiology FR 3; interventional-cardiology DE 4; cardiology FR 2; dermatology JP 1");

        Assert.Equal(5, counts.CountSharing(Cardiology, France, DisclosureLevel.Exact));
        Assert.Equal(9, counts.CountSharing(Cardiology, France, new(SpecialtyDetail.Group, LocationDetail.Region)));
        Assert.Equal(10, counts.CountSharing(Cardiology, France, DisclosureLevel.Nothing));
        Assert.Equal(0, counts.CountSharing(Cardiology, "JP", DisclosureLevel.Exact));
    }

    [Fact]
    public void Bad_codes_and_negative_counts_are_refused_with_a_clear_error()
    {
        var counts = Counts("cardiology FR 11");

        Assert.Equal(DomainErrorCodes.InvalidArgument,
            Assert.Throws<DomainRuleException>(() => ProfileGeneralisation.Generalise("astrology", France, counts)).Code);
        Assert.Contains("ISO 3166-1", Assert.Throws<DomainRuleException>(() => ProfileGeneralisation.Generalise(Cardiology, "XX", counts)).Message);
        Assert.Contains("between 0", Assert.Throws<DomainRuleException>(() => Counts("cardiology FR -1")).Message);
    }

    internal static VerifiedMemberCounts Counts(string population) =>
        VerifiedMemberCounts.FromPairCounts(population.Split("; ").Select(row => row.Split(' '))
            .Select(row => (row[0], row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture))));

    private static bool IsCoarseningOf(ShownPractice coarser, ShownPractice finer) =>
        (coarser.Specialty is null || coarser.Specialty == finer.Specialty) && (coarser.SpecialtyGroup is null || coarser.SpecialtyGroup == finer.SpecialtyGroup)
        && (coarser.CountryCode is null || coarser.CountryCode == finer.CountryCode) && (coarser.Region is null || coarser.Region == finer.Region);

    private static bool Matches(ShownPractice shown, (string Specialty, string Country) member) =>
        (shown.Specialty is { } specialty ? specialty.Code == member.Specialty
            : shown.SpecialtyGroup is not { } group || Specialties.GroupOf(member.Specialty) == group)
        && (shown.CountryCode is { } country ? country == member.Country
            : shown.Region is not { } region || Countries.RegionOf(member.Country) == region);

    /// <summary>A few big specialties and countries and a long thin tail, like the real membership.</summary>
    private static List<(string Specialty, string Country)> RandomPopulation(Random random, int size)
    {
        var specialties = Specialties.All.Select(s => s.Code).ToArray();
        var countries = Countries.Codes.Order().ToArray();
        string[] bigCountries = ["US", "GB", "DE", "FR", "ES", "BR", "MX", "CA"];
        return [.. Enumerable.Range(0, size).Select(_ => (
            specialties[random.Next(random.Next(2) == 0 ? 10 : specialties.Length)],
            random.Next(4) > 0 ? bigCountries[random.Next(bigCountries.Length)] : countries[random.Next(countries.Length)]))];
    }
}
