using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Sermo.Domain.Polls;

/// <summary>The poll rules a list filters by, as conditions a query provider translates to SQL on the stored columns
/// (opening, closing and publication times; target countries), so no list of polls is filtered in memory. Each is
/// the same rule as the instance method it mirrors (<see cref="Poll.StateAt"/>, <see cref="Poll.IsOpenTo"/>); a test
/// holds them together.</summary>
public static class PollConditions
{
    /// <summary>Polls in any of <paramref name="states"/> at <paramref name="now"/> (nothing when the list is empty).</summary>
    public static Expression<Func<Poll, bool>> InStates(IEnumerable<PollState> states, DateTime now)
    {
        Guard.Utc(now, "now");
        var poll = Expression.Parameter(typeof(Poll), "poll");
        var conditions = states.Distinct().Select(state => InState(state, now))
            .Select(condition => ReplacingExpressionVisitor.Replace(condition.Parameters[0], poll, condition.Body))
            .ToList();
        var any = conditions.Count == 0 ? Expression.Constant(false) : conditions.Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Poll, bool>>(any, poll);
    }

    /// <summary>Polls in <paramref name="state"/> at <paramref name="now"/>; <paramref name="now"/> is captured, so it
    /// is sent as a parameter.</summary>
    public static Expression<Func<Poll, bool>> InState(PollState state, DateTime now) => state switch
    {
        PollState.Published => poll => poll.ResultsPublishedAt != null,
        PollState.Closed => poll => poll.ResultsPublishedAt == null && poll.ClosesAt <= now,
        PollState.Open => poll => poll.ResultsPublishedAt == null && poll.OpensAt <= now && poll.ClosesAt > now,
        PollState.Scheduled => poll => poll.ResultsPublishedAt == null && poll.OpensAt > now,
        _ => throw Guard.Invalid("State", $"{state} is not a poll state."),
    };

    /// <summary>Polls a member in <paramref name="countryCode"/> may vote in: untargeted ones and those targeting it.</summary>
    public static Expression<Func<Poll, bool>> OpenTo(string countryCode)
    {
        var code = Countries.Normalise(countryCode);
        return poll => poll.TargetCountries.Count == 0 || poll.TargetCountries.Contains(code);
    }
}
