using Fractions;
using Sermo.Domain.Reports;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.Reports;

/// <summary>
/// The adversary of the disclosure tests. It sees what pharma clients see (the published rows of one or more releases
/// and the drug catalogue) and knows the relations between cells: (a) All = groups = regions, (b) raters and score sums
/// over the bins, (c) year = quarters = months, (d) class = its drugs, all taken as exact. It tries to recover every
/// withheld number by simple differencing (a relation with one unknown left) and by exact linear algebra (rational
/// Gauss-Jordan elimination: an unknown is recovered when its unit vector lies in the row space of the system).
/// Built apart from the domain's own relation code, from the rows alone.
/// </summary>
internal sealed class ReportAttacker
{
    // Per place: raters, five score sums, twenty-five bins.
    private const int QuantitiesPerPlace = 1 + 5 + 25;
    private readonly List<ReportCellKey> _places = [];
    private readonly Dictionary<ReportCellKey, int> _placeIndex = [];
    private readonly Dictionary<int, long> _known = [];
    private readonly HashSet<int> _suppressedPlaces = [];
    private readonly HashSet<int> _placeholders = [];
    private readonly List<Dictionary<int, int>> _equations = [];
    private readonly HashSet<Dictionary<int, int>> _conservative = [];
    private readonly bool _includeConservative;

    /// <param name="includeConservative">Whether to use (c) and (d), which distinct physicians make inexact: with them the
    /// attacker is stronger than reality (what disclosure control must withstand), without them every value it recovers
    /// is the true one (what shows the attacker works).</param>
    /// <param name="catalogue">The catalogue with its listing dates: the attacker knows which drugs a class counts in each year.</param>
    public ReportAttacker(IEnumerable<IReadOnlyList<ReportCell>> releases, ReportCatalogue catalogue, bool includeConservative = true)
    {
        _includeConservative = includeConservative;
        foreach (var row in releases.SelectMany(r => r))
        {
            var place = PlaceOf(row.Key);
            var dimension = (int)row.Dimension - 1;
            if (row.Suppressed)
            {
                _suppressedPlaces.Add(place);
                continue;
            }
            _known[Raters(place)] = row.Raters!.Value;
            _known[ScoreSum(place, dimension)] = (long)Math.Round(row.Mean!.Value * row.Raters.Value);
            int?[] bins = [row.Score1, row.Score2, row.Score3, row.Score4, row.Score5];
            for (var score = 1; score <= 5; score++)
                if (bins[score - 1] is { } count)
                    _known[Bin(place, dimension, score)] = count;
        }
        // A place published in any release is known: drop it from the suppressed set.
        _suppressedPlaces.RemoveWhere(p => _known.ContainsKey(Raters(p)));
        // Breakdowns of a suppressed All have no row: unknown, not zero, for every group and region seen anywhere.
        var codes = _places.Where(p => p.Breakdown != ReportBreakdown.All).Select(p => (p.Breakdown, p.BreakdownCode)).Distinct().ToList();
        foreach (var total in _suppressedPlaces.Select(p => _places[p]).Where(p => p.Breakdown == ReportBreakdown.All).ToList())
            foreach (var (breakdown, code) in codes)
                if (!_placeIndex.ContainsKey(total with { Breakdown = breakdown, BreakdownCode = code }))
                {
                    var placeholder = PlaceOf(total with { Breakdown = breakdown, BreakdownCode = code });
                    _suppressedPlaces.Add(placeholder);
                    _placeholders.Add(placeholder);
                }
        BuildEquations(catalogue);
    }

    public IReadOnlyList<ReportCellKey> Places => _places;

    /// <summary>Withheld numbers recovered: the raters or a score sum of a withheld cell, or a withheld bin's non-zero count.</summary>
    public sealed record Recovery(ReportCellKey Place, string Quantity, Fraction Value);

    public IReadOnlyList<Recovery> ByDifferencing()
    {
        var known = new Dictionary<int, Fraction>(_known.Select(k => KeyValuePair.Create(k.Key, new Fraction(k.Value))));
        bool progress;
        do
        {
            progress = false;
            foreach (var equation in _equations.Where(e => _includeConservative || !_conservative.Contains(e)))
            {
                var unknown = equation.Keys.Where(q => !known.ContainsKey(q)).ToList();
                if (unknown.Count != 1)
                    continue;
                var rest = equation.Where(t => t.Key != unknown[0]).Aggregate(Fraction.Zero, (sum, t) => sum + t.Value * known[t.Key]);
                known[unknown[0]] = -rest / equation[unknown[0]];
                progress = true;
            }
        }
        while (progress);
        return Leaks(known.Where(k => !_known.ContainsKey(k.Key)));
    }

    public IReadOnlyList<Recovery> ByLinearAlgebra()
    {
        // Rows over the unknowns only (sum of coefficient times unknown = constant), kept in reduced row echelon form:
        // each pivot row holds its pivot and no other row's pivot. Which pivot rows hold a column, to reduce quickly.
        var pivots = new Dictionary<int, (Dictionary<int, Fraction> Row, Fraction Constant)>();
        var rowsHolding = new Dictionary<int, HashSet<int>>();
        foreach (var equation in _equations.Where(e => _includeConservative || !_conservative.Contains(e)))
        {
            var row = new Dictionary<int, Fraction>();
            var constant = Fraction.Zero;
            foreach (var (quantity, coefficient) in equation)
            {
                if (_known.TryGetValue(quantity, out var value))
                    constant -= coefficient * new Fraction(value);
                else
                    row[quantity] = new Fraction(coefficient);
            }
            // Substituting a pivot row brings in no other pivot (the rows are reduced), so one pass suffices.
            foreach (var column in row.Keys.Where(pivots.ContainsKey).ToList())
            {
                var factor = row[column];
                var (pivotRow, pivotConstant) = pivots[column];
                RationalRows.AddMultiple(row, pivotRow, -factor);
                constant -= factor * pivotConstant;
            }
            if (row.Count == 0)
                continue;
            // The column fewest reduced rows hold (then the lowest): it spreads least into them, which keeps the rows
            // sparse; any choice gives the same row space, so the same recoveries.
            var pivot = row.Keys.MinBy(c => (rowsHolding.TryGetValue(c, out var held) ? held.Count : 0, c));
            var scale = row[pivot];
            var normalised = row.ToDictionary(t => t.Key, t => t.Value / scale);
            constant /= scale;
            // Keep the system reduced: remove the new pivot from the earlier rows that hold it.
            if (rowsHolding.TryGetValue(pivot, out var holders))
            {
                foreach (var other in holders.ToList())
                {
                    var (otherRow, otherConstant) = pivots[other];
                    var factor = otherRow[pivot];
                    foreach (var column in normalised.Keys)
                        Holding(column).Add(other);
                    RationalRows.AddMultiple(otherRow, normalised, -factor);
                    foreach (var column in normalised.Keys.Where(c => !otherRow.ContainsKey(c)))
                        Holding(column).Remove(other);
                    pivots[other] = (otherRow, otherConstant - factor * constant);
                }
            }
            pivots[pivot] = (normalised, constant);
            foreach (var column in normalised.Keys)
                Holding(column).Add(pivot);
        }
        // In reduced form an unknown is determined exactly when its pivot row holds nothing else.
        return Leaks(pivots.Where(p => p.Value.Row.Count == 1).Select(p => KeyValuePair.Create(p.Key, p.Value.Constant)));

        HashSet<int> Holding(int column) => rowsHolding.TryGetValue(column, out var set) ? set : rowsHolding[column] = [];
    }

    private List<Recovery> Leaks(IEnumerable<KeyValuePair<int, Fraction>> recovered)
    {
        var leaks = new List<Recovery>();
        foreach (var (quantity, value) in recovered)
        {
            var place = quantity / QuantitiesPerPlace;
            var kind = quantity % QuantitiesPerPlace;
            var suppressedPlace = _suppressedPlaces.Contains(place);
            // A group or region without a row may have had nobody: learning that is a zero, which may show.
            if (_placeholders.Contains(place) && value.IsZero)
                continue;
            if (kind == 0 && suppressedPlace)
                leaks.Add(new Recovery(_places[place], "raters", value));
            else if (kind is >= 1 and <= 5 && suppressedPlace)
                leaks.Add(new Recovery(_places[place], $"score sum of dimension {kind}", value));
            else if (kind >= 6 && !value.IsZero)
                leaks.Add(new Recovery(_places[place], $"bin {(kind - 6) % 5 + 1} of dimension {(kind - 6) / 5 + 1}", value));
        }
        return leaks;
    }

    private void BuildEquations(ReportCatalogue catalogue)
    {
        var byPlaceWithoutBreakdown = _places.ToLookup(p => p with { Breakdown = ReportBreakdown.All, BreakdownCode = "" });
        foreach (var key in _places.ToList())
        {
            // (a) All over the groups and over the regions.
            if (key.Breakdown == ReportBreakdown.All)
                foreach (var breakdown in new[] { ReportBreakdown.SpecialtyGroup, ReportBreakdown.CountryRegion })
                    AddSum(key, byPlaceWithoutBreakdown[key].Where(p => p.Breakdown == breakdown));
            // (c) quarters over months, years over quarters and over months.
            if (key.PeriodKind == ReportPeriodKind.Quarter)
                AddSum(key, Within(key, ReportPeriodKind.Month, 1), conservative: true);
            if (key.PeriodKind == ReportPeriodKind.Year)
            {
                AddSum(key, Within(key, ReportPeriodKind.Quarter, 3), conservative: true);
                AddSum(key, Within(key, ReportPeriodKind.Month, 1), conservative: true);
            }
            // (d) a class over the drugs it counts in the period's year.
            if (key.Scope == ReportScope.DrugClass)
                AddSum(key, catalogue.DrugsOf(key.SubjectId, key.IndicationId, key.PeriodStart.Year)
                    .Select(drug => key with { Scope = ReportScope.Drug, SubjectId = drug }).Where(_placeIndex.ContainsKey), conservative: true);
            // (b) raters and score sums over the bins.
            var place = _placeIndex[key];
            for (var dimension = 0; dimension < 5; dimension++)
            {
                var count = new Dictionary<int, int> { [Raters(place)] = 1 };
                var sum = new Dictionary<int, int> { [ScoreSum(place, dimension)] = 1 };
                for (var score = 1; score <= 5; score++)
                {
                    count[Bin(place, dimension, score)] = -1;
                    sum[Bin(place, dimension, score)] = -score;
                }
                _equations.Add(count);
                _equations.Add(sum);
            }
        }
    }

    private IEnumerable<ReportCellKey> Within(ReportCellKey total, ReportPeriodKind kind, int monthsPerPart)
    {
        for (var start = total.PeriodStart; start < total.PeriodEnd; start = start.AddMonths(monthsPerPart))
            if (_placeIndex.ContainsKey(total with { PeriodKind = kind, PeriodStart = start }))
                yield return total with { PeriodKind = kind, PeriodStart = start };
    }

    /// <summary>One equation per quantity: total minus the parts is zero (a part with no row counts nobody).</summary>
    private void AddSum(ReportCellKey total, IEnumerable<ReportCellKey> parts, bool conservative = false)
    {
        var partIndexes = parts.Select(p => _placeIndex[p]).ToList();
        if (partIndexes.Count == 0)
            return;
        var totalIndex = _placeIndex[total];
        for (var quantity = 0; quantity < QuantitiesPerPlace; quantity++)
        {
            var equation = new Dictionary<int, int> { [totalIndex * QuantitiesPerPlace + quantity] = 1 };
            foreach (var part in partIndexes)
                equation[part * QuantitiesPerPlace + quantity] = -1;
            _equations.Add(equation);
            if (conservative)
                _conservative.Add(equation);
        }
    }

    private int PlaceOf(ReportCellKey key)
    {
        if (_placeIndex.TryGetValue(key, out var index))
            return index;
        _places.Add(key);
        return _placeIndex[key] = _places.Count - 1;
    }

    private static int Raters(int place) => place * QuantitiesPerPlace;
    private static int ScoreSum(int place, int dimension) => place * QuantitiesPerPlace + 1 + dimension;
    private static int Bin(int place, int dimension, int score) => place * QuantitiesPerPlace + 6 + dimension * 5 + score - 1;
}
