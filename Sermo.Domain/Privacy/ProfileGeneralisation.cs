using Sermo.Domain.Physicians;

namespace Sermo.Domain.Privacy;

/// <summary>
/// Issue 11's rule for what others see of an anonymous member: the specialty and country shown must be shared
/// by at least <see cref="MinimumMembers"/> verified members, so they never single the member out.
/// <para>
/// The rule walks <see cref="Order"/> and shows the first level whose count reaches the threshold: exact
/// specialty and country; specialty and region; group and country; group and region; then one side alone
/// (specialty, group, country, region, in that order); and when nothing meets it, neither. Specialty is kept
/// precise before location because it is what colleagues weigh an opinion by, and both sides are kept (at any
/// precision) before either is dropped. The result depends on nothing but the counts, so every server and every
/// request shows a member the same way.
/// </para>
/// <para>
/// A named member chose to be identifiable, so they are shown exactly; the rule covers anonymous members only.
/// </para>
/// </summary>
public static class ProfileGeneralisation
{
    /// <summary>The fewest verified members a shown combination may match ("fewer than 11" is too few).</summary>
    public const int MinimumMembers = 11;

    /// <summary>The levels tried, most precise first; the last one shows nothing and is always allowed.</summary>
    public static IReadOnlyList<DisclosureLevel> Order { get; } =
    [
        DisclosureLevel.Exact,
        new(SpecialtyDetail.Specialty, LocationDetail.Region),
        new(SpecialtyDetail.Group, LocationDetail.Country),
        new(SpecialtyDetail.Group, LocationDetail.Region),
        new(SpecialtyDetail.Specialty, LocationDetail.Withheld),
        new(SpecialtyDetail.Group, LocationDetail.Withheld),
        new(SpecialtyDetail.Withheld, LocationDetail.Country),
        new(SpecialtyDetail.Withheld, LocationDetail.Region),
        DisclosureLevel.Nothing,
    ];

    /// <summary>What others may see of an anonymous member with this specialty and country.</summary>
    public static ShownPractice Generalise(string specialtyCode, string countryCode, IVerifiedMemberCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var specialty = Specialties.Require(specialtyCode);
        var country = Countries.Normalise(countryCode);
        var level = Order.First(candidate =>
            candidate == DisclosureLevel.Nothing || counts.CountSharing(specialty, country, candidate) >= MinimumMembers);
        return ShownPractice.At(specialty, country, level);
    }

    /// <summary>What other members see of this member: exact when they show their name, generalised when anonymous.</summary>
    public static ShownPractice ShownToOthers(Physician physician, IVerifiedMemberCounts counts)
    {
        ArgumentNullException.ThrowIfNull(physician);
        return physician.IsAnonymous
            ? Generalise(physician.SpecialtyCode, physician.CountryCode, counts)
            : ShownPractice.At(physician.SpecialtyCode, physician.CountryCode, DisclosureLevel.Exact);
    }
}
