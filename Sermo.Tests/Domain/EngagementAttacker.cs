using Fractions;
using Sermo.Domain.Pages;
using Sermo.Tests.TestSupport;

namespace Sermo.Tests.Domain;

/// <summary>
/// The adversary of the engagement tests: an organisation reading its Page's published follower counts. At one instant
/// it knows the shown cells, that every group and region is listed (one left out would count nobody), that each
/// breakdown adds up to the total, and that a hidden cell counts zero or more members (a hidden zero is possible). It
/// solves the two sums by exact rational elimination (an unknown is recovered when a reduced row holds it alone) and pins
/// hidden cells by bounds (hidden cells whose known sum is zero are zero each). Over time it sets any two instants' known
/// values against each other: of a cell, and of a union of cells known at both (with the total known, a breakdown's hidden
/// cells are known as a block). Built apart from the domain's rules, from what is published alone.
/// </summary>
internal sealed class EngagementAttacker(IReadOnlyCollection<string> groupCodes, IReadOnlyCollection<string> regionCodes)
{
    public const string Total = "total";

    /// <summary>Every cell's value the attacker knows at one instant (published, left out, or worked out).</summary>
    public Dictionary<string, long> Known(EngagementBreakdown published)
    {
        var known = new Dictionary<string, long>();
        var hidden = new List<string>();
        void Read(string cell, EngagementCount? count)
        {
            if (count is null)
                known[cell] = 0;
            else if (count.Members is { } members)
                known[cell] = members;
            else
                hidden.Add(cell);
        }
        Read(Total, published.Total);
        foreach (var code in groupCodes)
            Read("group:" + code, published.BySpecialtyGroup.Where(c => c.Group.Code == code).Select(c => c.Count).FirstOrDefault());
        foreach (var code in regionCodes)
            Read("region:" + code, published.ByRegion.Where(c => c.Region.Code == code).Select(c => c.Count).FirstOrDefault());
        var equations = new[] { Sum("group:", groupCodes), Sum("region:", regionCodes) };
        Solve(equations, known);
        Pin(equations, known, hidden);
        return known;
    }

    /// <summary>The unions of two or more cells of a breakdown whose sums the attacker knows at both instants beyond the
    /// single cells: with the total known at both, each breakdown's unknown cells form a block at each instant (the
    /// total minus the known cells); the blocks of both instants, merged where they overlap, are known at both.</summary>
    public IEnumerable<IReadOnlyCollection<string>> KnownUnions(Dictionary<string, long> earlier, Dictionary<string, long> later)
    {
        if (!earlier.ContainsKey(Total) || !later.ContainsKey(Total))
            yield break;
        foreach (var breakdown in new[] { groupCodes.Select(c => "group:" + c).ToList(), regionCodes.Select(c => "region:" + c).ToList() })
        {
            var blocks = new[] { earlier, later }.Select(known => breakdown.Where(c => !known.ContainsKey(c)).ToHashSet()).Where(b => b.Count > 0).ToList();
            if (blocks.Count == 2 && blocks[0].Overlaps(blocks[1]))
                yield return [.. blocks[0].Union(blocks[1])];
            else
                foreach (var block in blocks)
                    yield return block;
        }
    }

    /// <summary>The cells of one published breakdown that are hidden, by name: what an attacker reads from which cells
    /// hide, whatever their values.</summary>
    public static string Hidden(EngagementBreakdown published) => string.Join(",",
        (published.Total.IsHidden ? [Total] : Array.Empty<string>())
            .Concat(published.BySpecialtyGroup.Where(c => c.Count.IsHidden).Select(c => c.Group.Code))
            .Concat(published.ByRegion.Where(c => c.Count.IsHidden).Select(c => c.Region.Code)));

    public IEnumerable<string> Cells => [Total, .. groupCodes.Select(c => "group:" + c), .. regionCodes.Select(c => "region:" + c)];

    /// <summary>total − Σ cells of a breakdown = 0.</summary>
    private static Dictionary<string, int> Sum(string prefix, IEnumerable<string> codes)
    {
        var equation = new Dictionary<string, int> { [Total] = 1 };
        foreach (var code in codes)
            equation[prefix + code] = -1;
        return equation;
    }

    private static void Solve(IEnumerable<Dictionary<string, int>> equations, Dictionary<string, long> known)
    {
        bool progress;
        do
        {
            progress = false;
            var rows = equations.Select(e => Reduce(e, known)).Where(r => r.Row.Count > 0).ToList();
            // Gauss-Jordan on the (few) rows left.
            var reduced = new List<(Dictionary<string, Fraction> Row, Fraction Constant)>();
            foreach (var (row, constant) in rows)
            {
                var (current, value) = (new Dictionary<string, Fraction>(row), constant);
                foreach (var (pivotRow, pivotConstant) in reduced)
                {
                    var pivot = pivotRow.Keys.Min(StringComparer.Ordinal)!;
                    if (current.TryGetValue(pivot, out var factor))
                    {
                        RationalRows.AddMultiple(current, pivotRow, -factor);
                        value -= factor * pivotConstant;
                    }
                }
                if (current.Count == 0)
                    continue;
                var newPivot = current.Keys.Min(StringComparer.Ordinal)!;
                var scale = current[newPivot];
                var normalised = current.ToDictionary(t => t.Key, t => t.Value / scale);
                value /= scale;
                for (var k = 0; k < reduced.Count; k++)
                {
                    if (reduced[k].Row.TryGetValue(newPivot, out var factor))
                    {
                        RationalRows.AddMultiple(reduced[k].Row, normalised, -factor);
                        reduced[k] = (reduced[k].Row, reduced[k].Constant - factor * value);
                    }
                }
                reduced.Add((normalised, value));
            }
            foreach (var (row, constant) in reduced.Where(r => r.Row.Count == 1))
            {
                known[row.Keys.Single()] = (long)constant.ToDecimal();
                progress = true;
            }
        }
        while (progress);
    }

    /// <summary>A sum over hidden cells only, all with coefficient −1 against a known total, whose value is zero: each of
    /// them counted nobody (a hidden cell counts zero or more).</summary>
    private static void Pin(IEnumerable<Dictionary<string, int>> equations, Dictionary<string, long> known, List<string> hidden)
    {
        foreach (var equation in equations)
        {
            var (row, constant) = Reduce(equation, known);
            if (row.Count > 0 && row.Keys.All(hidden.Contains) && row.Values.All(v => v == -1) && constant == 0)
                foreach (var cell in row.Keys)
                    known[cell] = 0;
        }
    }

    private static (Dictionary<string, Fraction> Row, Fraction Constant) Reduce(Dictionary<string, int> equation, Dictionary<string, long> known)
    {
        var row = new Dictionary<string, Fraction>();
        var constant = Fraction.Zero;
        foreach (var (cell, coefficient) in equation)
        {
            if (known.TryGetValue(cell, out var value))
                constant -= new Fraction(coefficient) * new Fraction(value);
            else
                row[cell] = new Fraction(coefficient);
        }
        return (row, constant);
    }
}
