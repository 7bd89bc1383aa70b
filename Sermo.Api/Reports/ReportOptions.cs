using System.ComponentModel.DataAnnotations;

namespace Sermo.Api.Reports;

/// <summary>The <c>Reports</c> section: how often the scheduler cuts a release, whether this instance schedules, and how
/// many published cells the pharma graph keeps in memory.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>The schedule's slot length (default one hour); a release is cut once per slot, at its start.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "31.00:00:00", ErrorMessage = "Reports:ReleaseInterval must lie between one minute and 31 days.")]
    public TimeSpan ReleaseInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether this instance runs the schedule (default on; every instance may, each slot is cut once).</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>How many published cells the pharma graph keeps in memory, arranged as reports (default 200,000: about
    /// 100 busy drug/indication pairs' quarterly reports, some 30 MB); 0 keeps none. Releases never change, so kept
    /// cells never go stale; the least recently read go first when the limit is reached.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Reports:CachedCells must not be negative.")]
    public int CachedCells { get; set; } = 200_000;
}
