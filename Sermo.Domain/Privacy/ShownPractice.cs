using Sermo.Domain.Physicians;

namespace Sermo.Domain.Privacy;

/// <summary>
/// What others are shown of a member's specialty and country. The broader value is filled in whenever the
/// narrower one is (a shown specialty also gives its group, a shown country its region); a withheld side is all null.
/// </summary>
public sealed record ShownPractice(
    DisclosureLevel Level, Specialty? Specialty, SpecialtyGroup? SpecialtyGroup, string? CountryCode, CountryRegion? Region)
{
    /// <summary>The member's specialty and country cut down to <paramref name="level"/>; both codes must be valid.</summary>
    public static ShownPractice At(string specialtyCode, string countryCode, DisclosureLevel level)
    {
        var specialty = Specialties.Get(specialtyCode);
        var country = Countries.Normalise(countryCode);
        return new ShownPractice(
            level,
            level.Specialty == SpecialtyDetail.Specialty ? specialty : null,
            level.Specialty == SpecialtyDetail.Withheld ? null : specialty.Group,
            level.Location == LocationDetail.Country ? country : null,
            level.Location == LocationDetail.Withheld ? null : Countries.RegionOf(country));
    }
}
