using Microsoft.EntityFrameworkCore;
using Sermo.Api.Ide;
using Sermo.Domain.Polls;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>The polls area's IDE examples: this week's poll and a vote in it as a member, the staff's list with its
/// filter, the published results anyone reads, and the live tallies staff follow.</summary>
public sealed class PollsExamples : IIdeExampleSource
{
    public IEnumerable<IdeExample> Examples { get; } =
    [
        new(PartnerSchema.Name, IdeCaller.Member, """
            # This week's poll: its options, and the tallies once you have voted (null until then).
            query ThisWeeksPoll {
              currentPoll {
                id
                question
                state
                closesAt
                targetCountries
                viewerHasVoted
                viewerChoice { text }
                totalVotes
                options { id text votes }
              }
            }
            """),
        new(PartnerSchema.Name, IdeCaller.Member, """
            # Vote once in an open poll: the payload's poll then shows you the tallies; a refusal comes back in errors
            # (ALREADY_VOTED, POLL_CLOSED, POLL_COUNTRY_NOT_TARGETED, PHYSICIAN_NOT_VERIFIED...).
            mutation Vote($pollId: ID!, $optionId: ID!) {
              voteInPoll(input: { pollId: $pollId, optionId: $optionId }) {
                poll { question totalVotes viewerChoice { text } options { text votes } }
                errors { code message path }
              }
            }
            """, VoteVariablesAsync),
        new(PartnerSchema.Name, IdeCaller.Staff, """
            # Staff: the open polls, newest first, with their tallies (staff see them at any time).
            query OpenPolls {
              polls(where: { state: { eq: OPEN } }, first: 5) {
                totalCount
                nodes { id question state opensAt closesAt targetCountries authorKind totalVotes options { text votes } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """),
        new(PartnerSchema.Name, IdeCaller.Anonymous, """
            # No token: the polls whose final results the community team has published.
            query PublishedResults {
              publishedPolls(first: 5, orderBy: [{ closesAt: DESC }]) {
                nodes { question closesAt resultsPublishedAt totalVotes options { text votes } }
              }
            }
            """),
        new(PartnerSchema.Name, IdeCaller.Staff, """
            subscription LiveTallies($pollId: ID!) {
              # The tallies now, then again as each vote arrives (staff, a member who has voted, every member once it has closed).
              pollTallies(pollId: $pollId) {
                totalVotes
                options { votes option { text } }
              }
            }
            """, async data => new { pollId = data.IdOf("Poll", await CurrentPollIdAsync(data)) }),
    ];

    /// <summary>The newest open poll the demo member may vote in and has not, and its first option.</summary>
    private static async Task<object?> VoteVariablesAsync(IdeDemoData data)
    {
        var member = await data.MemberIdAsync();
        var country = await data.Db.Physicians.AsNoTracking().Where(p => p.Id == member).Select(p => p.CountryCode).FirstOrDefaultAsync() ?? "US";
        var poll = await data.Db.Polls.AsNoTracking()
            .Where(PollConditions.InState(PollState.Open, data.Now)).Where(PollConditions.OpenTo(country))
            .Where(p => !data.Db.PollVotes.Any(v => v.PollId == p.Id && v.PhysicianId == member))
            .OrderByDescending(p => p.OpensAt).FirstOrDefaultAsync();
        var option = poll?.Options.OrderBy(o => o.Position).First();
        return new { pollId = data.IdOf("Poll", poll?.Id), optionId = data.IdOf("PollOption", option?.Id) };
    }

    private static Task<Guid?> CurrentPollIdAsync(IdeDemoData data) =>
        data.Db.Polls.AsNoTracking().Where(PollConditions.InState(PollState.Open, data.Now))
            .OrderByDescending(p => p.OpensAt).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
}
