using System.Linq.Expressions;
using Sermo.Domain.Physicians;

namespace Sermo.Domain.Privacy;

/// <summary>
/// Issue 11's rule for what others see of an anonymous member: the specialty and country shown must be shared
/// by at least <see cref="MinimumMembers"/> members ever verified, so they never single the member out.
/// <para>
/// The levels of <see cref="Order"/> form a chain, each a coarsening of the one before: exact specialty and country;
/// specialty and region; specialty alone; group alone; nothing. The rule shows the first level whose count reaches the
/// threshold. Because the chain is nested, any two views of a member are comparable: combining them shows no more than the
/// finer one (a ladder that offered (specialty, region) and (group, country) side by side let two views intersect back
/// to (specialty, country)). Specialty is kept precise before location because it is what colleagues weigh an opinion by,
/// and cases show their specialty anyway.
/// </para>
/// <para>
/// The count is of members ever verified (<see cref="IsCounted"/>), whatever their status now, so it never falls: a
/// suspension cannot push a member back up the chain, a member's shown level only ever gets finer, and every earlier
/// view of them is a coarsening of the current one, which itself matches at least <see cref="MinimumMembers"/>.
/// </para>
/// <para>
/// A named member chose to be identifiable, so they are shown exactly; the rule covers anonymous members only.
/// </para>
/// </summary>
public static class ProfileGeneralisation
{
    /// <summary>The fewest members a shown combination may match ("fewer than 11" is too few).</summary>
    public const int MinimumMembers = 11;

    /// <summary>The levels tried, most precise first, each a coarsening of the one before; the last one shows nothing
    /// and is always allowed.</summary>
    public static IReadOnlyList<DisclosureLevel> Order { get; } =
    [
        DisclosureLevel.Exact,
        new(SpecialtyDetail.Specialty, LocationDetail.Region),
        new(SpecialtyDetail.Specialty, LocationDetail.Withheld),
        new(SpecialtyDetail.Group, LocationDetail.Withheld),
        DisclosureLevel.Nothing,
    ];

    /// <summary>Who the counts count: every member whose credential check ever passed, suspended ones included. A count
    /// that never decreases is what keeps a member's shown level from flipping back and forth.</summary>
    public static Expression<Func<Physician, bool>> IsCounted { get; } = physician => physician.VerifiedAt != null;

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
