using Fractions;

namespace Sermo.Tests.TestSupport;

/// <summary>Sparse rows of exact rational coefficients, as the disclosure attackers eliminate them.</summary>
internal static class RationalRows
{
    /// <summary>target += factor × source, dropping the columns that become zero.</summary>
    public static void AddMultiple<TColumn>(Dictionary<TColumn, Fraction> target, Dictionary<TColumn, Fraction> source, Fraction factor)
        where TColumn : notnull
    {
        foreach (var (column, value) in source)
        {
            var updated = (target.TryGetValue(column, out var current) ? current : Fraction.Zero) + factor * value;
            if (updated.IsZero)
                target.Remove(column);
            else
                target[column] = updated;
        }
    }
}
