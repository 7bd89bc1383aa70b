using Sermo.Api.Schemas.Conventions;
using Sermo.GraphQL;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>The calendar periods a report covers: the dates asked for widened to whole periods, so every report counts
/// over the same fixed periods (overlapping windows cannot be differenced). At most <see cref="MaxPeriods"/> periods.</summary>
public sealed record EngagementWindow(EngagementPeriod Period, IReadOnlyList<DateOnly> Starts, DateOnly End)
{
    public const int MaxPeriods = 400;

    public DateOnly Start => Starts[0];

    public static EngagementWindow Of(DateOnly from, DateOnly to, EngagementPeriod period)
    {
        if (to < from)
            throw BadInput($"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        var starts = new List<DateOnly>();
        for (var start = StartOf(from, period); start <= to; start = Next(start, period))
        {
            if (starts.Count == MaxPeriods)
                throw BadInput($"At most {MaxPeriods} periods per report; ask for a shorter span or a longer period.");
            starts.Add(start);
        }
        return new EngagementWindow(period, starts, Next(starts[^1], period));
    }

    /// <summary>The (exclusive) end of the period starting at <paramref name="start"/>.</summary>
    public DateOnly EndOf(DateOnly start) => Next(start, Period);

    public static DateTime Instant(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static DateOnly StartOf(DateOnly day, EngagementPeriod period) => period switch
    {
        EngagementPeriod.Day => day,
        EngagementPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    private static DateOnly Next(DateOnly start, EngagementPeriod period) => period switch
    {
        EngagementPeriod.Day => start.AddDays(1),
        EngagementPeriod.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    private static GraphQLException BadInput(string message) => FieldErrors.BadUserInput(message);
}
