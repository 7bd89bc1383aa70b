namespace Sermo.Domain.Reports;

/// <summary>
/// The disclosure rules of the pharma reports (docs/reports-disclosure.md), applied to the raw counts of one release:
/// primary suppression of small cells and bins, then complementary suppression to a fixpoint so that no withheld
/// number follows from the published ones through a relation. Periods are decided in the order they close, each with
/// the earlier periods' decisions fixed, so a closed period is decided the same way in every release.
/// </summary>
public static class DisclosureControl
{
    /// <summary>A cell or bin counting fewer distinct physicians than this is withheld (zero may show).</summary>
    public const int MinimumPhysicians = Privacy.ProfileGeneralisation.MinimumMembers;

    private const int RatingScoreMin = Ratings.RatingScores.Min;

    public static DisclosureOutcome Apply(
        IReadOnlyList<RawReportCell> cells,
        ReportCatalogue catalogue,
        bool complementary = true)
    {
        // A canonical order, so that ties between equal counts fall the same way whatever order the database returned
        // the cells in: every build decides a closed period alike.
        cells = [.. ReportBreakdownCodes.Complete(cells).OrderBy(c => c.Key.PeriodKind).ThenBy(c => c.Key.PeriodStart).ThenBy(c => c.Key.Scope)
            .ThenBy(c => c.Key.SubjectId).ThenBy(c => c.Key.IndicationId).ThenBy(c => c.Key.Breakdown)
            .ThenBy(c => c.Key.BreakdownCode, StringComparer.Ordinal)];
        var states = cells.Select(c => new CellDisclosure(c)).ToArray();
        foreach (var state in states)
        {
            state.Suppressed = state.Cell.Raters < MinimumPhysicians;
            for (var bin = 0; bin < RawReportCell.BinCount; bin++)
                state.BinSuppressed[bin] = state.Cell.Bins[bin] is > 0 and < MinimumPhysicians;
        }
        if (!complementary)
            return new DisclosureOutcome(states, 0);

        var relations = ReportRelations.Of(cells, catalogue);
        var unresolved = 0;
        // Close periods in time order; each closing decides only its own cells.
        var relationsByEnd = relations.ToLookup(r => r.Members.Max(m => cells[m].Key.PeriodEnd));
        foreach (var closing in Enumerable.Range(0, cells.Count).GroupBy(i => cells[i].Key.PeriodEnd).OrderBy(g => g.Key))
            unresolved += new Closing(states, [.. closing], [.. relationsByEnd[closing.Key]]).Run();
        return new DisclosureOutcome(states, unresolved);
    }

    /// <summary>The fixpoint over the cells of one closing instant, with earlier cells fixed.</summary>
    private sealed class Closing
    {
        private readonly CellDisclosure[] _states;
        private readonly HashSet<int> _open;
        private readonly List<ReportRelation> _relations;
        private readonly Dictionary<int, List<int>> _relationsOfCell = [];
        private readonly Queue<Work> _queue = new();
        private readonly HashSet<Work> _queued = [];
        private int _unresolved;

        public Closing(CellDisclosure[] states, List<int> cells, List<ReportRelation> relations)
        {
            _states = states;
            _open = [.. cells];
            _relations = relations;
            for (var r = 0; r < relations.Count; r++)
                foreach (var member in relations[r].Members)
                {
                    if (!_relationsOfCell.TryGetValue(member, out var list))
                        _relationsOfCell[member] = list = [];
                    list.Add(r);
                }
        }

        public int Run()
        {
            for (var r = 0; r < _relations.Count; r++)
                Enqueue(new Work(r, IsRelation: true));
            foreach (var cell in _open.Order())
                Enqueue(new Work(cell, IsRelation: false));
            while (_queue.TryDequeue(out var work))
            {
                _queued.Remove(work);
                if (work.IsRelation)
                    CheckRelation(_relations[work.Index]);
                else
                    CheckDistributions(work.Index);
            }
            return _unresolved;
        }

        private void CheckRelation(ReportRelation relation)
        {
            // (a), (c), (d) on raters (and so on score sums, which are withheld with their cell).
            while (!Protects(relation, m => _states[m].Suppressed, m => _states[m].Cell.Raters, MinimumPhysicians))
            {
                var next = NextToHide(relation, m => _states[m].Suppressed, m => _states[m].Cell.Raters);
                if (next < 0)
                {
                    _unresolved++;
                    break;
                }
                _states[next].Suppressed = true;
                Changed(next);
            }
            // The same relations hold for each bin: a withheld bin must not be the one unknown of a relation.
            for (var bin = 0; bin < RawReportCell.BinCount; bin++)
            {
                var b = bin;
                while (!Protects(relation, m => _states[m].BinHidden(b), m => _states[m].Cell.Bins[b], 0))
                {
                    var next = NextToHide(relation, m => _states[m].BinHidden(b), m => _states[m].Cell.Bins[b]);
                    if (next < 0)
                    {
                        _unresolved++;
                        break;
                    }
                    _states[next].BinSuppressed[b] = true;
                    Changed(next);
                }
            }
        }

        /// <summary>None of the relation's members hidden, all of them, or at least two that together count at least
        /// <paramref name="minimumTogether"/>. Hidden cells that count nobody are no exception: a hidden zero is hidden
        /// like a hidden one, or a total equal to its shown parts would tell that the hidden group had no rater.</summary>
        private static bool Protects(ReportRelation relation, Func<int, bool> hidden, Func<int, int> count, int minimumTogether)
        {
            int members = 0, hiddenMembers = 0, hiddenCount = 0;
            foreach (var member in relation.Members)
            {
                members++;
                if (!hidden(member))
                    continue;
                hiddenMembers++;
                hiddenCount += count(member);
            }
            return hiddenMembers == 0 || hiddenMembers == members || (hiddenMembers >= 2 && hiddenCount >= minimumTogether);
        }

        /// <summary>The smallest shown part this closing may still hide (a counting one first), else the total; -1 when
        /// every shown member is fixed by an earlier closing.</summary>
        private int NextToHide(ReportRelation relation, Func<int, bool> hidden, Func<int, int> count)
        {
            var candidate = relation.Parts.Where(p => !hidden(p) && _open.Contains(p))
                .OrderBy(p => count(p) == 0 ? 1 : 0).ThenBy(count).ThenBy(p => p)
                .Select(p => (int?)p).FirstOrDefault();
            if (candidate is { } part)
                return part;
            return !hidden(relation.Total) && _open.Contains(relation.Total) ? relation.Total : -1;
        }

        /// <summary>(b) a shown cell's raters and score sum over its bins: a distribution is shown whole or withheld whole.
        /// Hiding only some bins (even three that count eleven together) let the exact attacker pin bins by setting one
        /// cell's hidden bins against another's through (c) and (d): a year hiding bins 1, 2 and 4 beside a quarter hiding
        /// bins 1, 3 and 5 gives the year's bin 2 away.</summary>
        private void CheckDistributions(int cell)
        {
            var state = _states[cell];
            if (state.Suppressed)
                return;
            for (var dimension = 0; dimension < RawReportCell.DimensionCount; dimension++)
            {
                var bins = Enumerable.Range(RatingScoreMin, RawReportCell.ScoreCount).Select(score => RawReportCell.BinIndex(dimension, score)).ToList();
                var hidden = bins.Count(bin => state.BinSuppressed[bin]);
                if (hidden == 0 || hidden == bins.Count)
                    continue;
                if (!_open.Contains(cell))
                {
                    _unresolved++;
                    continue;
                }
                foreach (var bin in bins)
                    state.BinSuppressed[bin] = true;
                Changed(cell);
            }
        }

        private void Changed(int cell)
        {
            if (_relationsOfCell.TryGetValue(cell, out var relations))
                foreach (var r in relations)
                    Enqueue(new Work(r, IsRelation: true));
            Enqueue(new Work(cell, IsRelation: false));
        }

        private void Enqueue(Work work)
        {
            if (_queued.Add(work))
                _queue.Enqueue(work);
        }

        private readonly record struct Work(int Index, bool IsRelation);
    }
}
