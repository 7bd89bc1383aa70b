namespace Sermo.Seeding;

/// <summary>Draws indexes with probability proportional to their weights (cumulative sums and a binary search).</summary>
internal sealed class WeightedSampler
{
    private readonly double[] _cumulative;

    public WeightedSampler(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var total = 0d;
        for (var i = 0; i < weights.Count; i++)
            _cumulative[i] = total += weights[i];
        if (total <= 0)
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
    }

    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, _cumulative.Length - 1);
    }

    /// <summary>
    /// Weights that fall off as 1/(rank + offset)^exponent over a shuffled order: a few very active, many quiet.
    /// The offset flattens the very top, so the most active of a hundred thousand is not a tenth of all activity.
    /// </summary>
    public static double[] Zipf(int count, double exponent, Random random, double offset = 0)
    {
        var ranks = Enumerable.Range(1, count).ToArray();
        random.Shuffle(ranks);
        return ranks.Select(rank => 1 / Math.Pow(rank + offset, exponent)).ToArray();
    }
}
