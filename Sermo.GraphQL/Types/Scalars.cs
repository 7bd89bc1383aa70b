using Sermo.GraphQL.Types.ScalarTypes;

namespace Sermo.GraphQL.Types;

/// <summary>The scalar types every schema may use: the spec's five, and the custom ones the partner APIs need.
/// They hold no schema state, so every schema shares these instances.</summary>
public static class Scalars
{
    public static readonly ScalarType Int = new IntType();
    public static readonly ScalarType Float = new FloatType();
    public static readonly ScalarType String = new StringType();
    public static readonly ScalarType Boolean = new BooleanType();
    public static readonly ScalarType ID = new IdType();

    public static readonly ScalarType DateTime = new DateTimeType();
    public static readonly ScalarType Date = new DateType();
    public static readonly ScalarType Url = new UrlType();
    public static readonly ScalarType Long = new LongType();
    public static readonly ScalarType Uuid = new UuidType();
    public static readonly ScalarType Upload = new UploadType();

    /// <summary>The spec's built-in scalars, in the spec's order.</summary>
    public static readonly IReadOnlyList<ScalarType> Specified = [Int, Float, String, Boolean, ID];

    /// <summary>Our custom scalars; the SDL builder binds a <c>scalar X</c> of one of these names to it.</summary>
    public static readonly IReadOnlyList<ScalarType> Custom = [DateTime, Date, Url, Long, Uuid, Upload];

    /// <summary>The built-in or custom scalar of that name, if any.</summary>
    public static ScalarType? Find(string name)
    {
        foreach (var scalar in Specified)
        {
            if (scalar.Name == name)
                return scalar;
        }
        foreach (var scalar in Custom)
        {
            if (scalar.Name == name)
                return scalar;
        }
        return null;
    }
}
