namespace Sermo.Domain.Privacy;

/// <summary>
/// One rung of the generalisation ladder: how much of the specialty and how much of the country are shown
/// together. The verified members who share a member's profile at a level are the ones with the same specialty
/// (or group, or any) and the same country (or region, or anywhere).
/// </summary>
public readonly record struct DisclosureLevel(SpecialtyDetail Specialty, LocationDetail Location)
{
    public static DisclosureLevel Exact { get; } = new(SpecialtyDetail.Specialty, LocationDetail.Country);
    public static DisclosureLevel Nothing { get; } = new(SpecialtyDetail.Withheld, LocationDetail.Withheld);
}
