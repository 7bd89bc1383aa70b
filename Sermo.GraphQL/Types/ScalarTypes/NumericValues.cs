namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary>Reads the .NET numeric shapes an external or internal value may take (JSON readers give
/// int, long, double or decimal; resolvers return any of the primitives).</summary>
internal static class NumericValues
{
    /// <summary>The value as a double when it is any .NET number.</summary>
    public static bool TryGetDouble(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case ushort us: number = us; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>The value as a 64-bit integer when it is a number with no fractional part within that range;
    /// <paramref name="isNumber"/> tells a non-number apart from a non-integral or too large number.</summary>
    public static bool TryGetInt64(object value, out long integer, out bool isNumber)
    {
        isNumber = true;
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case uint ui: integer = ui; return true;
            case ushort us: integer = us; return true;
            case ulong ul when ul <= long.MaxValue: integer = (long)ul; return true;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue: integer = (long)m; return true;
            case double d when IsIntegral(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18: integer = (long)d; return true;
            case float f when IsIntegral(f) && f >= -9.2233720368547758E18 && f < 9.2233720368547758E18: integer = (long)f; return true;
            default:
                integer = 0;
                isNumber = NumericValues.IsNumber(value);
                return false;
        }
    }

    /// <summary>True when the value is a number with no fractional part, whatever its magnitude.</summary>
    public static bool IsIntegral(object value) => value switch
    {
        int or long or short or byte or sbyte or uint or ulong or ushort => true,
        decimal m => decimal.Truncate(m) == m,
        double d => IsIntegral(d),
        float f => IsIntegral(f),
        _ => false,
    };

    public static bool IsNumber(object value) => ValueInspector.IsNumber(value);

    private static bool IsIntegral(double d) => double.IsFinite(d) && Math.Floor(d) == d;
}
