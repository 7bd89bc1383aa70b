using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.Domain.Polls;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

/// <summary>The polls' entry fields: this week's poll, the list members and staff filter and page through, and the
/// published results anyone may read. Each is one SQL command (plus a count when <c>totalCount</c> is selected), and
/// primes <see cref="PollById"/> with what it read, so the options' tallies need no second read of their poll.</summary>
public static class PollQueries
{
    public static readonly SortDefinition<Poll> Order = SortDefinition<Poll>.WithKey("Poll", p => p.Id)
        .Field("opensAt", p => p.OpensAt)
        .Field("closesAt", p => p.ClosesAt)
        .DefaultOrder(new SortField("opensAt", SortDirection.Descending));

    /// <summary>"This week's poll": of the polls that have opened and that the caller's country may vote in (any, for
    /// staff), the most recently opened one still open; when none is open, the most recently opened one.</summary>
    public static async Task<Poll?> CurrentAsync(IResolverContext context, Caller caller)
    {
        var now = Now(context);
        var member = await context.Services.GetRequiredService<CallerMembership>().MemberAsync(caller, context.CancellationToken);
        await using var db = await Contexts(context).CreateDbContextAsync(context.CancellationToken);
        var polls = db.Polls.AsNoTracking().Where(p => p.OpensAt <= now);
        if (!caller.IsStaff && member is not null)
            polls = polls.Where(PollConditions.OpenTo(member.CountryCode));
        var current = await polls.OrderByDescending(PollConditions.InState(PollState.Open, now))
            .ThenByDescending(p => p.OpensAt).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync(context.CancellationToken);
        return Primed(context, current);
    }

    public static Task<Connection<Poll>> ListAsync(IResolverContext context, [GraphQLDescription("Only the polls meeting these conditions.")] PollFilter? where = null) =>
        PageAsync(context, polls => where is null ? polls : where.Apply(polls, Now(context)));

    public static Task<Connection<Poll>> PublishedAsync(IResolverContext context) =>
        PageAsync(context, polls => polls.Where(PollConditions.InState(PollState.Published, Now(context))));

    private static async Task<Connection<Poll>> PageAsync(IResolverContext context, Func<IQueryable<Poll>, IQueryable<Poll>> narrow)
    {
        var page = await ConnectionQuery.ConnectionAsync(context, db => narrow(db.Polls), filter: null, Order);
        foreach (var poll in page.Nodes)
            Primed(context, poll);
        return page;
    }

    private static Poll? Primed(IResolverContext context, Poll? poll)
    {
        if (poll is not null)
            context.DataLoader<PollById>().Prime(poll.Id, poll);
        return poll;
    }

    private static DateTime Now(IResolverContext context) => context.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private static IDbContextFactory<SermoDbContext> Contexts(IResolverContext context) =>
        context.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>();
}
