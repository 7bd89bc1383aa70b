using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Partner.Physicians;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;
using Sermo.Domain.Privacy;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary><c>Poll</c>: readable by whoever reached it (the entry fields and <see cref="PollVisibility"/> decide which
/// polls that is); the tallies and the total only where <see cref="PollTallyAccess"/> says the domain's rule shows them,
/// the author only to the community, the caller's own vote only to the caller.</summary>
public sealed class PollType : ObjectTypeConfiguration<Poll>
{
    public override void Configure(ObjectTypeDescriptor<Poll> type)
    {
        type.Description("A sentiment poll: open to verified members between its opening and closing times, optionally only in some countries; one vote per member.");
        type.Field(p => p.Question).Description("The question asked.");
        type.Field("options").Type("[PollOption!]!").Description("The answers, in their order.")
            .ResolveWith(([Parent] Poll p) => p.Options.OrderBy(o => o.Position).ToList());
        type.Field(p => p.OpensAt).Description("When voting opens.");
        type.Field(p => p.ClosesAt).Description("When voting closes.");
        type.Field("state").Type("PollState!").Description("Where the poll stands now, from its times and publication.")
            .ResolveWith(([Parent] Poll p, [Service] TimeProvider clock) => p.StateAt(clock.GetUtcNow().UtcDateTime));
        type.Field(p => p.TargetCountries).Description("ISO 3166-1 alpha-2 countries whose members may vote; empty: every country.");
        type.Field(p => p.AuthorKind).Type("PollAuthorKind!").Description("Whether the community team or a member wrote the poll.");
        type.Field("author").Type("Physician").AuthorizePolicy(SermoPolicies.CommunityMember)
            .Description("The member who wrote the poll; null for the community team's polls, and for an anonymous member's poll that targets " +
                "countries while their profile does not show their country (the targets beside them would narrow it, docs/privacy.md). " +
                "Verified members and staff only.")
            .ResolveWith(([Parent] Poll p, Caller caller, PhysicianById physicians, [Service] VerifiedMemberCountsSource counts) =>
                p.AuthorPhysicianId is { } author
                    ? LinkedAuthor.LoadAsync(author, AuthorDisclosure.OfPoll(p), caller, physicians, counts)
                    : Task.FromResult<Physician?>(null));
        type.Field("totalVotes").Type("Int")
            .Description("Votes cast; null where the tallies are hidden from the caller (to a member until they vote or the poll closes; to the public until results are published).")
            .ResolveWith(async ([Parent] Poll p, IResolverContext context, [Service] PollTallyAccess tallies) =>
                await tallies.VisibleAsync(p, context) ? p.TotalVotes : (int?)null);
        type.Field("viewerHasVoted").Type("Boolean!").Description("Whether the caller has voted in this poll; false for callers acting for no member.")
            .ResolveWith(async ([Parent] Poll p, Caller caller, PollVoteByVoter votes) =>
                await OwnVoteAsync(p, caller, votes) is not null);
        type.Field("viewerChoice").Type("PollOption").Description("The option the caller chose; null until they vote. Only ever the caller's own.")
            .ResolveWith(async ([Parent] Poll p, Caller caller, PollVoteByVoter votes) =>
                await OwnVoteAsync(p, caller, votes) is { } vote ? p.Options.FirstOrDefault(o => o.Id == vote.OptionId) : null);
        type.Field(p => p.ResultsPublishedAt).Description("When the final results were made public; null until then.");
    }

    private static Task<PollVote?> OwnVoteAsync(Poll poll, Caller caller, PollVoteByVoter votes) =>
        caller.PhysicianId is { } member ? votes.LoadAsync(new PollVoter(poll.Id, member)) : Task.FromResult<PollVote?>(null);
}
