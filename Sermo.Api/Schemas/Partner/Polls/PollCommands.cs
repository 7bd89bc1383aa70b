using Microsoft.EntityFrameworkCore;
using Sermo.Api.Data;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.Domain.Polls;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>Voting, and the community team's running of polls. Each lets the poll decide; the staff's changes load the
/// poll tracked and save it once (its concurrency token refuses a simultaneous change). A vote is different: thousands
/// arrive at once on one poll, so after the poll's rules pass, the vote is inserted and its option's tally raised by
/// one atomic <c>UPDATE ... SET VoteCount = VoteCount + 1</c> in one transaction: the database serialises the increments
/// on the option's row (a row lock on PostgreSQL and SQL Server, the single writer on SQLite), so no vote is lost and no
/// voter retries, where re-reading under the option's concurrency token would make every simultaneous voter but one
/// start again. The (poll, member) key refuses a second vote that raced past the check, rolling the transaction back.</summary>
public sealed class PollCommands(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock, IEventBus bus)
{
    private static readonly InputFields VoteFields = new(("Option", "optionId"));

    private static readonly InputFields CreateFields = new(
        [("Question", "question"), ("Opening time", "opensAt"), ("Closing time", "closesAt"), ("Target country", "targetCountries"),
         .. Enumerable.Range(1, Poll.MaxOptions + 1).Select(i => ($"Option {i}", $"options.{i - 1}"))]);

    public async Task<Payload<Poll>> VoteAsync(VoteInPollInput input, Physician? voter, CancellationToken cancellationToken)
    {
        if (voter is null)
            return Payload<Poll>.Refused(new MutationError(MutationErrorCode.PhysicianNotVerified, "Only verified members vote in polls.", null));
        var missing = MutationConventions.NotFound("pollId", "poll");
        var payload = await MutationConventions.RunAsync(VoteFields, async () =>
        {
            // Before the ids are decoded or the poll looked up, so the refusal says nothing about which ids exist.
            voter.EnsureVerified("vote in polls");
            if (!ids.TryDecode<Guid>(input.PollId, "Poll", out var pollId))
                return null;
            if (!ids.TryDecode<Guid>(input.OptionId, "PollOption", out var optionId))
            {
                missing = MutationConventions.NotFound("optionId", "poll option");
                return null;
            }
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var poll = await db.Polls.AsNoTracking().Include(p => p.Votes.Where(v => v.PhysicianId == voter.Id)).AsSingleQuery()
                .SingleOrDefaultAsync(p => p.Id == pollId, cancellationToken);
            if (poll is null)
                return null;
            var vote = poll.CastVote(voter, optionId, clock.GetUtcNow().UtcDateTime);
            await SaveVoteAsync(db, vote, cancellationToken);
            // The vote has committed: reading the tallies it changed must not be cut short by the request, or no update goes out.
            return await StoredAsync(db, pollId, CancellationToken.None);
        }, () => missing);
        // After the commit, and whatever becomes of the request now: the vote counts, so its update goes out.
        if (payload.Value is { } counted)
            await bus.PublishAsync(PollTallyChanged.TopicOf(counted.Id), PollTallyChanged.Of(counted), CancellationToken.None);
        return payload;
    }

    public Task<Payload<Poll>> CreateAsync(CreatePollInput input, CancellationToken cancellationToken) =>
        MutationConventions.RunAsync(CreateFields, async () =>
        {
            var poll = Poll.ByCommunityTeam(input.Question, input.Options, input.OpensAt.UtcDateTime, input.ClosesAt.UtcDateTime,
                input.TargetCountries ?? [], clock.GetUtcNow().UtcDateTime);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Polls.Add(poll);
            await db.SaveChangesAsync(cancellationToken);
            return await StoredAsync(db, poll.Id, cancellationToken);
        });

    public Task<Payload<Poll>> OpenAsync(PollChangeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(input, poll => poll.OpenNow(clock.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<Payload<Poll>> CloseAsync(PollChangeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(input, poll => poll.CloseNow(clock.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<Payload<Poll>> PublishResultsAsync(PollChangeInput input, CancellationToken cancellationToken) =>
        ChangeAsync(input, poll => poll.PublishResults(clock.GetUtcNow().UtcDateTime), cancellationToken);

    private async Task<Payload<Poll>> ChangeAsync(PollChangeInput input, Action<Poll> change, CancellationToken cancellationToken)
    {
        if (!ids.TryDecode<Guid>(input.PollId, "Poll", out var id))
            return Payload<Poll>.Refused(MutationConventions.NotFound("pollId", "poll"));
        return await MutationConventions.RunAsync(InputFields.None, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var poll = await db.Polls.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (poll is null)
                return null;
            change(poll);
            await db.SaveChangesAsync(cancellationToken);
            return await StoredAsync(db, id, cancellationToken);
        }, () => MutationConventions.NotFound("pollId", "poll"));
    }

    /// <summary>The poll as the database now holds it, which is what later reads will show (PostgreSQL keeps times to
    /// the microsecond, not to the tick of the object just saved).</summary>
    private static Task<Poll> StoredAsync(SermoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Polls.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);

    /// <summary>Inserts the vote and raises its option's tally, both or neither.</summary>
    private static async Task SaveVoteAsync(SermoDbContext db, PollVote vote, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PollVotes.Add(vote);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException duplicate) when (UniqueKeyViolation.Is(duplicate))
        {
            throw Poll.SecondVoteRefused();
        }
        await db.Set<PollOption>().Where(o => o.Id == vote.OptionId).ExecuteUpdateAsync(option => option
            .SetProperty(o => o.VoteCount, o => o.VoteCount + 1)
            .SetProperty(o => EF.Property<int>(o, ConcurrencyVersion.PropertyName), o => EF.Property<int>(o, ConcurrencyVersion.PropertyName) + 1),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
