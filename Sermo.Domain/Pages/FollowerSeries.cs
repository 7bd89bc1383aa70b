namespace Sermo.Domain.Pages;

/// <summary>
/// A Page's follower counts over time as its organisation may see them: the count (with its breakdowns) as of the start
/// of each UTC day, one series for every report, so a monthly report and a daily one publish the same value for the same
/// instant. The rule, on top of <see cref="EngagementDisclosure.Jointly"/>:
/// <list type="bullet">
/// <item>Only closed instants: nothing as of a day that has not begun (a count read again and again while it moves would
/// time a single member's follow).</item>
/// <item>A cell (the total, a specialty group, a region) is shown only if, against every earlier instant at which it was
/// shown, the members who changed in it (followed or stopped, counted by the set difference, not the net) are none or
/// at least <see cref="EngagementDisclosure.MinimumMembers"/>: two published counts can always be differenced, so their
/// difference must not be the doing of a few members.</item>
/// </list>
/// The series starts at the Page's first follow and is computed the same whatever window a report asks for.
/// </summary>
public sealed class FollowerSeries
{
    /// <summary>The total's key among the cells (the breakdowns' keys are their groups and regions).</summary>
    private static readonly object TotalCell = new();

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
            var breakdown = EngagementDisclosure.Jointly([.. following.Select(m => members[m])],
                cell => snapshots.All(s => s.MayDifferenceWith(cell ?? TotalCell)));
            _published[day] = breakdown;
            var shown = Shown(breakdown);
            // A snapshot per instant that published something new; an instant showing the same followers and cells as the
            // last snapshot adds nothing to difference against.
            if (shown.Count > 0 && (movedSinceSnapshot || snapshots.Count == 0 || !snapshots[^1].Shows(shown)))
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

    private static HashSet<object> Shown(EngagementBreakdown breakdown)
    {
        var shown = new HashSet<object>();
        if (!breakdown.Total.IsHidden)
            shown.Add(TotalCell);
        shown.UnionWith(breakdown.BySpecialtyGroup.Where(c => !c.Count.IsHidden).Select(c => (object)c.Group));
        shown.UnionWith(breakdown.ByRegion.Where(c => !c.Count.IsHidden).Select(c => (object)c.Region));
        return shown;
    }

    /// <summary>An instant at which some cells were published: who followed then, and for each cell shown how many of its
    /// members have changed since (kept up to date as follows start and end).</summary>
    private sealed class Snapshot(HashSet<Guid> following, HashSet<object> shown)
    {
        private readonly Dictionary<object, int> _changed = shown.ToDictionary(c => c, _ => 0);

        public bool Shows(HashSet<object> cells) => _changed.Count == cells.Count && cells.All(_changed.ContainsKey);

        public void Toggle(EngagementMember member, bool followsNow)
        {
            var step = followsNow != following.Contains(member.Member) ? 1 : -1;
            foreach (var cell in new[] { TotalCell, member.Group, member.Region })
                if (_changed.TryGetValue(cell, out var changed))
                    _changed[cell] = changed + step;
        }

        /// <summary>Whether publishing the cell now may be set against its value here: nobody in it changed, or enough did.</summary>
        public bool MayDifferenceWith(object cell) =>
            !_changed.TryGetValue(cell, out var changed) || changed == 0 || changed >= EngagementDisclosure.MinimumMembers;
    }
}
