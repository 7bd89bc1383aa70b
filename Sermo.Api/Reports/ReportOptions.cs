using System.ComponentModel.DataAnnotations;

namespace Sermo.Api.Reports;

/// <summary>The <c>Reports</c> section: how often the scheduler cuts a release, and whether this instance schedules.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>The schedule's slot length (default one hour); a release is cut once per slot, at its start.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "31.00:00:00", ErrorMessage = "Reports:ReleaseInterval must lie between one minute and 31 days.")]
    public TimeSpan ReleaseInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether this instance runs the schedule (default on; every instance may, each slot is cut once).</summary>
    public bool Schedule { get; set; } = true;
}
