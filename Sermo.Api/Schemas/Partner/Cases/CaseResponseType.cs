using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Partner.Physicians;
using Sermo.Domain.Cases;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary><c>CaseResponse</c>: a follow-up question, an answer, advice or a proposed action. Vote counts are
/// grouped in SQL by <see cref="ActionVoteTallyByResponse"/>; the caller's own vote comes from
/// <see cref="ActionVoteByVoter"/>. The author is a <c>Physician</c>, shown as that type shows them, and left out where the case leaves out its author. There is no link back
/// to the case: a client meets responses through their case (or an event that carries it), and a cycle
/// case → responses → case would let one query nest without end.</summary>
public sealed class CaseResponseType : ObjectTypeConfiguration<CaseResponse>
{
    public override void Configure(ObjectTypeDescriptor<CaseResponse> type)
    {
        type.Description("A follow-up question, the author's answer, a colleague's advice, or a proposed course of action.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(r => r.Kind);
        type.Field(r => r.Body);
        type.Field(r => r.PostedAt);
        type.Field("author").Type("Physician")
            .Description("The member who responded, as the caller may see them. Null for the case author's own answers and proposals where " +
                "the case leaves out its author (see Case.author).")
            .ResolveWith(AuthorAsync);
        type.Field("support").Type("Int").Description("Members who voted for a proposed action; null for other kinds of response.")
            .ResolveWith(async ([Parent] CaseResponse r, ActionVoteTallyByResponse tallies) =>
                r.Kind == ResponseKind.ProposedAction ? (await tallies.LoadAsync(r.Id) ?? ActionVoteTally.None(r.Id)).Support : (int?)null);
        type.Field("opposition").Type("Int").Description("Members who voted against a proposed action; null for other kinds of response.")
            .ResolveWith(async ([Parent] CaseResponse r, ActionVoteTallyByResponse tallies) =>
                r.Kind == ResponseKind.ProposedAction ? (await tallies.LoadAsync(r.Id) ?? ActionVoteTally.None(r.Id)).Opposition : (int?)null);
        type.Field("viewerVote").Type("ActionVote")
            .Description("The caller's own vote on a proposed action; null when they have not voted, for other kinds of response, and for staff.")
            .ResolveWith(ViewerVoteAsync);
    }

    /// <summary>Only the case's author answers, and only a proposal may be theirs or a colleague's; the case is read (one
    /// command per batch) for proposals alone, so lists of advice and questions cost nothing more.</summary>
    private static async Task<Physician?> AuthorAsync(
        [Parent] CaseResponse response, Caller caller, PhysicianById physicians, CaseById cases, [Service] VerifiedMemberCountsSource counts)
    {
        var revealed = response.Kind switch
        {
            ResponseKind.AuthorAnswer => AuthorDisclosure.OfCase,
            ResponseKind.ProposedAction when await cases.LoadAsync(response.CaseId) is { } @case => AuthorDisclosure.OfResponse(response, @case.AuthorId),
            ResponseKind.ProposedAction => AuthorDisclosure.OfCase,
            _ => PracticeRevealed.None,
        };
        return await LinkedAuthor.LoadAsync(response.AuthorId, revealed, caller, physicians, counts);
    }

    private static async Task<ActionVote?> ViewerVoteAsync([Parent] CaseResponse response, Caller caller, ActionVoteByVoter votes)
    {
        if (response.Kind != ResponseKind.ProposedAction || caller.PhysicianId is not { } voter)
            return null;
        return await votes.LoadAsync(new ActionVoteKey(response.Id, voter)) is { } vote
            ? vote.Supports ? ActionVote.Support : ActionVote.Oppose
            : null;
    }
}
