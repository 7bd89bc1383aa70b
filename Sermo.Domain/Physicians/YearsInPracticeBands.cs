namespace Sermo.Domain.Physicians;

/// <summary>Puts a number of years in practice into its <see cref="YearsInPracticeBand"/> and labels the band.</summary>
public static class YearsInPracticeBands
{
    public static YearsInPracticeBand Of(int yearsInPractice) => yearsInPractice switch
    {
        < 0 => throw Guard.Invalid($"Years in practice cannot be negative; got {yearsInPractice}."),
        < 5 => YearsInPracticeBand.From0To4,
        < 10 => YearsInPracticeBand.From5To9,
        < 20 => YearsInPracticeBand.From10To19,
        < 30 => YearsInPracticeBand.From20To29,
        _ => YearsInPracticeBand.From30,
    };

    /// <summary>The band as shown: "0-4", "5-9", "10-19", "20-29", "30+".</summary>
    public static string Label(this YearsInPracticeBand band) => band switch
    {
        YearsInPracticeBand.From0To4 => "0-4",
        YearsInPracticeBand.From5To9 => "5-9",
        YearsInPracticeBand.From10To19 => "10-19",
        YearsInPracticeBand.From20To29 => "20-29",
        YearsInPracticeBand.From30 => "30+",
        _ => throw Guard.Invalid($"Unknown years-in-practice band {band}."),
    };
}
