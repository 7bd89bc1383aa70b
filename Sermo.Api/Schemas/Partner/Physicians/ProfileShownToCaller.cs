using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>Whether a caller sees a member's profile as stored (the member themself and staff) or as others are shown
/// it (the domain's <see cref="ProfileGeneralisation"/> and <see cref="ProfileDisclosure"/> rules).</summary>
public static class ProfileShownToCaller
{
    public static bool SeesAsStored(Caller caller, Physician physician) => caller.IsStaff || caller.PhysicianId == physician.Id;

    /// <summary>The practice this caller sees; the counts are read only when the rule needs them.</summary>
    public static async Task<ShownPractice> PracticeAsync(Physician physician, Caller caller, VerifiedMemberCountsSource counts) =>
        SeesAsStored(caller, physician) || !physician.IsAnonymous
            ? ShownPractice.At(physician.SpecialtyCode, physician.CountryCode, DisclosureLevel.Exact)
            : ProfileGeneralisation.ShownToOthers(physician, await counts.CurrentAsync());
}
