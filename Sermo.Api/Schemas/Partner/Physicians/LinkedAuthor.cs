using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>The author of a case, response or poll as the caller may see them beside that content: null where
/// <see cref="AuthorDisclosure.MayShowAuthor"/> says the content would narrow the author's practice below what their
/// profile shows this caller.</summary>
public static class LinkedAuthor
{
    public static async Task<Physician?> LoadAsync(
        Guid authorId, PracticeRevealed revealed, Caller caller, PhysicianById physicians, VerifiedMemberCountsSource counts)
    {
        var author = await physicians.LoadAsync(authorId);
        if (author is null || revealed == PracticeRevealed.None)
            return author;
        return AuthorDisclosure.MayShowAuthor(await ProfileShownToCaller.PracticeAsync(author, caller, counts), revealed) ? author : null;
    }
}
