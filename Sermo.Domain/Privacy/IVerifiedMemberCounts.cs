namespace Sermo.Domain.Privacy;

/// <summary>Where <see cref="ProfileGeneralisation"/> learns how many members a shown profile would match.</summary>
public interface IVerifiedMemberCounts
{
    /// <summary>
    /// The number of distinct members ever verified (<see cref="ProfileGeneralisation.IsCounted"/>) who share this
    /// specialty and country at this level of detail: for <c>(Group, Region)</c>, every such member whose specialty is in
    /// the same group and whose country is in the same region, the member being asked about included.
    /// </summary>
    int CountSharing(string specialtyCode, string countryCode, DisclosureLevel level);
}
