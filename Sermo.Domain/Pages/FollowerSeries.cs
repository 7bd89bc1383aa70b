namespace Sermo.Domain.Pages;

/// <summary>
/// A Page's follower counts over time as its organisation may see them: the count (with its breakdowns) as of the start
/// of each UTC day, one series for every report, so a monthly report and a daily one publish the same value for the same
/// instant. The rule, on top of <see cref="EngagementDisclosure.Jointly"/>:
/// <list type="bullet">
/// <item>Only closed instants: nothing as of a day that has not begun (a count read again and again while it moves would
/// time a single member's follow).</item>
/// <item>A cell (the total, a specialty group, a region), or a union of cells known as a block of hidden ones, is shown
/// only if, against every earlier instant at which it was known, the members who changed in it (followed or stopped,
/// counted by the set difference, not the net) are none or at least <see cref="EngagementDisclosure.MinimumMembers"/>:
/// two published counts can always be differenced, so their difference must not be the doing of a few members
/// (<see cref="EngagementDifferencing"/>). Where one fails, both breakdowns are hidden whole that day, so which cells
/// hide never names the group and region of a single follow.</item>
/// </list>
/// The series starts at the Page's first follow and is computed the same whatever window a report asks for.
/// </summary>
public sealed class FollowerSeries
{
    private readonly Dictionary<DateOnly, EngagementBreakdown> _published = [];

    /// <param name="follows">Every follow of the Page up to the last day asked for (not only the report's window).</param>
    /// <param name="lastDay">The last instant (as a day's start) to compute: the report's end, or today if earlier.</param>
    /// <param name="now">The current time: instants after it are not closed and stay hidden.</param>
    public FollowerSeries(IEnumerable<FollowSpan> follows, DateOnly lastDay, DateTime now)
    {
        var spans = follows.ToList();
        var closedUntil = DateOnly.FromDateTime(Guard.Utc(now, "now"));
        LastClosedDay = lastDay < closedUntil ? lastDay : closedUntil;
        if (spans.Count == 0)
            return;
        var members = spans.Select(s => s.Member).DistinctBy(m => m.Member).ToDictionary(m => m.Member);
        // Following at instant t: From < t and (Until is null or Until >= t); so a follow counts from the first instant
        // after From, and stops counting from the first instant after Until.
        var events = spans.Select(s => (At: s.From, s.Member.Member, Delta: +1))
            .Concat(spans.Where(s => s.Until is not null).Select(s => (At: s.Until!.Value, s.Member.Member, Delta: -1)))
            .OrderBy(e => e.At).ToList();
        var active = new Dictionary<Guid, int>();
        var following = new HashSet<Guid>();
        var snapshots = new List<Snapshot>();
        var next = 0;
        var movedSinceSnapshot = false;
        for (var day = DateOnly.FromDateTime(events[0].At); day <= LastClosedDay; day = day.AddDays(1))
        {
            var instant = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            for (; next < events.Count && events[next].At < instant; next++)
            {
                var (_, member, delta) = events[next];
                var count = active.GetValueOrDefault(member) + delta;
                active[member] = count;
                if ((count > 0) == following.Contains(member))
                    continue;
                if (count > 0)
                    following.Add(member);
                else
                    following.Remove(member);
                movedSinceSnapshot = true;
                foreach (var snapshot in snapshots)
                    snapshot.Toggle(members[member], following.Contains(member));
            }
            var breakdown = EngagementDifferencing.Decide([.. following.Select(m => members[m])], [.. snapshots.Select(s => s.Earlier)]);
            _published[day] = breakdown;
            var shown = new PublishedCells(breakdown);
            // A snapshot per instant that published something new; an instant showing the same followers and cells as the
            // last snapshot adds nothing to difference against.
            if (shown.Shown.Count > 0 && (movedSinceSnapshot || snapshots.Count == 0 || !snapshots[^1].Shows(shown)))
            {
                snapshots.Add(new Snapshot([.. following], shown));
                movedSinceSnapshot = false;
            }
        }
    }

    /// <summary>The last day whose start is covered: the one asked for, or today's if that is earlier.</summary>
    public DateOnly LastClosedDay { get; }

    /// <summary>The followers as of the start of <paramref name="day"/> as published; all hidden for an instant not yet
    /// closed, and before the first follow there is nobody (hidden, as every count under the threshold).</summary>
    public EngagementBreakdown At(DateOnly day) => _published.GetValueOrDefault(day) ?? EngagementBreakdown.Hidden;

    /// <summary>An instant at which some cells were published: who followed then, what was known, and for every cell how
    /// many of its members have changed since (kept up to date as follows start and end).</summary>
    private sealed class Snapshot(HashSet<Guid> following, PublishedCells published)
    {
        private readonly Dictionary<object, int> _changed = [];

        public EngagementDifferencing.Earlier Earlier => new(published, cell => _changed.GetValueOrDefault(cell));

        public bool Shows(PublishedCells cells) => published.Shown.SetEquals(cells.Shown);

        public void Toggle(EngagementMember member, bool followsNow)
        {
            var step = followsNow != following.Contains(member.Member) ? 1 : -1;
            foreach (var cell in new[] { PublishedCells.Total, member.Group, member.Region })
                _changed[cell] = _changed.GetValueOrDefault(cell) + step;
        }
    }
}
