using Sermo.Domain.Physicians;

namespace Sermo.Domain.Privacy;

/// <summary>
/// Counts of the members <see cref="ProfileGeneralisation"/> counts (those ever verified) at every combination of
/// specialty and location detail, built once from the per-(specialty, country) counts (one grouped query) and then read
/// by many profiles; immutable, so a host can cache one for a while and share it between requests.
/// </summary>
public sealed class VerifiedMemberCounts : IVerifiedMemberCounts
{
    private readonly Dictionary<(DisclosureLevel Level, string Specialty, string Location), int> _counts;

    /// <summary>Every combination, not only the chain the rule walks, so a count can be asked at any level.</summary>
    private static readonly DisclosureLevel[] AllLevels =
        [.. Enum.GetValues<SpecialtyDetail>().SelectMany(specialty => Enum.GetValues<LocationDetail>().Select(location => new DisclosureLevel(specialty, location)))];

    private VerifiedMemberCounts(Dictionary<(DisclosureLevel, string, string), int> counts) => _counts = counts;

    /// <summary>
    /// From one row per (specialty, country) with the number of distinct counted members in it, as
    /// <c>GROUP BY SpecialtyCode, CountryCode</c> returns them. A member has one specialty and one country, so
    /// summing rows into groups and regions counts nobody twice. Repeated rows add up.
    /// </summary>
    public static VerifiedMemberCounts FromPairCounts(IEnumerable<(string SpecialtyCode, string CountryCode, int Members)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var counts = new Dictionary<(DisclosureLevel, string, string), int>();
        foreach (var (specialtyCode, countryCode, members) in rows)
        {
            var specialty = Specialties.Require(specialtyCode);
            var country = Countries.Normalise(countryCode);
            Guard.Range(members, "Members in a (specialty, country) row", 0, int.MaxValue);
            foreach (var level in AllLevels)
            {
                var key = Key(specialty, country, level);
                counts[key] = counts.GetValueOrDefault(key) + members;
            }
        }
        return new VerifiedMemberCounts(counts);
    }

    /// <summary>From one (specialty, country) per counted member; the caller passes each member once.</summary>
    public static VerifiedMemberCounts FromMembers(IEnumerable<(string SpecialtyCode, string CountryCode)> countedMembers)
    {
        ArgumentNullException.ThrowIfNull(countedMembers);
        return FromPairCounts(countedMembers.Select(m => (m.SpecialtyCode, m.CountryCode, 1)));
    }

    public int CountSharing(string specialtyCode, string countryCode, DisclosureLevel level) =>
        _counts.GetValueOrDefault(Key(Specialties.Require(specialtyCode), Countries.Normalise(countryCode), level));

    private static (DisclosureLevel, string, string) Key(string specialtyCode, string countryCode, DisclosureLevel level) =>
        (level,
         level.Specialty switch
         {
             SpecialtyDetail.Specialty => specialtyCode,
             SpecialtyDetail.Group => Specialties.GroupOf(specialtyCode).Code,
             _ => "",
         },
         level.Location switch
         {
             LocationDetail.Country => countryCode,
             LocationDetail.Region => Countries.RegionOf(countryCode).Code,
             _ => "",
         });
}
