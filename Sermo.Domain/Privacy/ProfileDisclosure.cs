using Sermo.Domain.Physicians;

namespace Sermo.Domain.Privacy;

/// <summary>
/// What other members see of the parts of a profile that are not the practice (which <see cref="ProfileGeneralisation"/>
/// governs). Each is a quasi-identifier: alone it names nobody, but beside a practice it narrows the crowd a member
/// hides in. The member themself and staff see the profile as stored.
/// </summary>
public static class ProfileDisclosure
{
    /// <summary>Others see a pseudonym only for anonymous members. Shown beside a named member's real name it would link the
    /// two for good, and turning anonymous later would hide nothing.</summary>
    public static string? PseudonymShownToOthers(Physician physician)
    {
        ArgumentNullException.ThrowIfNull(physician);
        return physician.IsAnonymous ? physician.Pseudonym : null;
    }

    /// <summary>Dates (joined, verified) are shown to others as their month, given as its first day: the exact day singles
    /// out the few members who joined on it.</summary>
    public static DateOnly DateShownToOthers(DateTime at) => new(at.Year, at.Month, 1);

    /// <summary>An anonymous member's languages are not shown to others: a rare language beside even a region can be one
    /// person. A named member chose to be known, so theirs are.</summary>
    public static IReadOnlyList<string>? LanguagesShownToOthers(Physician physician)
    {
        ArgumentNullException.ThrowIfNull(physician);
        return physician.IsAnonymous ? null : physician.Languages;
    }
}
