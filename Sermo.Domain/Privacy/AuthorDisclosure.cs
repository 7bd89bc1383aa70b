using Sermo.Domain.Cases;
using Sermo.Domain.Polls;

namespace Sermo.Domain.Privacy;

/// <summary>
/// Whether content may be shown beside its author. Content that names a specialty or a country, shown beside an
/// anonymous member, narrows their practice below what their profile shows when the profile withholds that side (a
/// rheumatology case beside a member shown only as "Internal Medicine" says what the generalisation rule refused to).
/// Such content then shows no author at all. The decision depends only on what the profile already shows, so withholding
/// an author says nothing a reader could not read off the profile itself.
/// </summary>
public static class AuthorDisclosure
{
    /// <summary>A case is posted under a specialty.</summary>
    public static PracticeRevealed OfCase => PracticeRevealed.Specialty;

    /// <summary>A poll that targets countries names them; one open to every country names none.</summary>
    public static PracticeRevealed OfPoll(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.TargetCountries.Count > 0 ? PracticeRevealed.Country : PracticeRevealed.None;
    }

    /// <summary>A response by the case's own author (an answer, a proposed action) sits on the case and so names its
    /// specialty; a colleague's response says nothing of the colleague's practice.</summary>
    public static PracticeRevealed OfResponse(CaseResponse response, Guid caseAuthorId)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.AuthorId == caseAuthorId ? OfCase : PracticeRevealed.None;
    }

    /// <summary>Whether content revealing <paramref name="revealed"/> may be shown beside an author whose practice the
    /// reader is shown as <paramref name="shownAuthor"/> (exact for named members, the member themself and staff).</summary>
    public static bool MayShowAuthor(ShownPractice shownAuthor, PracticeRevealed revealed)
    {
        ArgumentNullException.ThrowIfNull(shownAuthor);
        return (!revealed.HasFlag(PracticeRevealed.Specialty) || shownAuthor.Specialty is not null)
            && (!revealed.HasFlag(PracticeRevealed.Country) || shownAuthor.CountryCode is not null);
    }
}
