using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>A member's practice as this caller sees it: exact to the member themself and staff, otherwise as
/// <see cref="ProfileGeneralisation.ShownToOthers"/> decides. The counts are read only when the rule needs them.</summary>
public static class PracticeShownToCaller
{
    public static async Task<ShownPractice> ShownAsync(Physician physician, Caller caller, VerifiedMemberCountsSource counts) =>
        caller.IsStaff || caller.PhysicianId == physician.Id || !physician.IsAnonymous
            ? ShownPractice.At(physician.SpecialtyCode, physician.CountryCode, DisclosureLevel.Exact)
            : ProfileGeneralisation.ShownToOthers(physician, await counts.CurrentAsync());
}
