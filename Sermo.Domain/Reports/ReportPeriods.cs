namespace Sermo.Domain.Reports;

/// <summary>The calendar periods of the reports: where one starts and ends, and which are closed at a cut-off.</summary>
public static class ReportPeriods
{
    public static DateOnly EndOf(ReportPeriodKind kind, DateOnly start) => kind switch
    {
        ReportPeriodKind.Month => start.AddMonths(1),
        ReportPeriodKind.Quarter => start.AddMonths(3),
        ReportPeriodKind.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>The start of the period of <paramref name="kind"/> that contains <paramref name="day"/>.</summary>
    public static DateOnly StartOf(ReportPeriodKind kind, DateOnly day) => kind switch
    {
        ReportPeriodKind.Month => new DateOnly(day.Year, day.Month, 1),
        ReportPeriodKind.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        ReportPeriodKind.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>The start of the <paramref name="index"/>th period of <paramref name="kind"/> in <paramref name="year"/>
    /// (month 1-12, quarter 1-4; a year has one), as the release build's SQL numbers them.</summary>
    public static DateOnly StartAt(ReportPeriodKind kind, int year, int index) => kind switch
    {
        ReportPeriodKind.Month => new DateOnly(year, index, 1),
        ReportPeriodKind.Quarter => new DateOnly(year, index * 3 - 2, 1),
        ReportPeriodKind.Year => new DateOnly(year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>A period's last day.</summary>
    public static DateOnly LastDayOf(ReportPeriodKind kind, DateOnly start) => EndOf(kind, start).AddDays(-1);

    /// <summary>The start of the open period at <paramref name="cutOffAt"/>: ratings from it on are not published yet,
    /// since only periods that ended at or before the cut-off are.</summary>
    public static DateTime OpenPeriodStart(ReportPeriodKind kind, DateTime cutOffAt) =>
        StartOf(kind, DateOnly.FromDateTime(cutOffAt)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The instant a period ends (UTC midnight of the next period's first day).</summary>
    public static DateTime EndInstant(ReportPeriodKind kind, DateOnly start) =>
        EndOf(kind, start).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The starts of the periods of <paramref name="kind"/> from the one holding <paramref name="first"/> up to the
    /// last one closed at <paramref name="cutOffAt"/>, oldest first.</summary>
    public static IEnumerable<DateOnly> ClosedFrom(ReportPeriodKind kind, DateOnly first, DateTime cutOffAt)
    {
        var open = DateOnly.FromDateTime(OpenPeriodStart(kind, cutOffAt));
        for (var start = StartOf(kind, first); start < open; start = EndOf(kind, start))
            yield return start;
    }
}
