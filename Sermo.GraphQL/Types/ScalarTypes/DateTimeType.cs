using System.Globalization;
using System.Text.RegularExpressions;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary><c>DateTime</c>: an instant as an RFC 3339 date-time with a mandatory offset; internally a
/// DateTimeOffset; results are written in UTC (<c>2024-05-01T08:30:00.123Z</c>, fraction only when non-zero).</summary>
public sealed partial class DateTimeType() : TextScalarType<DateTimeOffset>(
    "DateTime",
    "A date-time with an offset, as RFC 3339 describes it (`2024-05-01T10:30:00+02:00`); results are given in UTC.",
    "https://scalars.graphql.org/andimarek/date-time")
{
    protected override string FormatName => "date-time string";

    protected override bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    protected override string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    protected override bool TryConvert(object value, out DateTimeOffset converted)
    {
        // An unspecified DateTime is taken as UTC: servers keep instants in UTC, and guessing local time would shift them.
        if (value is DateTime dateTime)
        {
            converted = dateTime.Kind == DateTimeKind.Unspecified
                ? new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc))
                : new DateTimeOffset(dateTime);
            return true;
        }
        converted = default;
        return false;
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
