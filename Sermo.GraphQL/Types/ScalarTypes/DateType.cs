using System.Globalization;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary><c>Date</c>: a calendar date without time or offset (<c>2024-05-01</c>); internally a DateOnly.</summary>
public sealed class DateType() : TextScalarType<DateOnly>(
    "Date",
    "A calendar date without a time or an offset, as RFC 3339's full-date (`2024-05-01`).",
    "https://scalars.graphql.org/andimarek/local-date")
{
    private const string Pattern = "yyyy'-'MM'-'dd";

    protected override string FormatName => "date string";

    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override string Format(DateOnly value) => value.ToString(Pattern, CultureInfo.InvariantCulture);

    protected override bool TryConvert(object value, out DateOnly converted)
    {
        switch (value)
        {
            case DateTime dateTime:
                converted = DateOnly.FromDateTime(dateTime);
                return true;
            case DateTimeOffset dateTimeOffset:
                converted = DateOnly.FromDateTime(dateTimeOffset.DateTime);
                return true;
            default:
                converted = default;
                return false;
        }
    }
}
