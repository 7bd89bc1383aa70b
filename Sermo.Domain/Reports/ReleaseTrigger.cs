namespace Sermo.Domain.Reports;

/// <summary>Why a release was cut: by the schedule, or on demand by staff.</summary>
public enum ReleaseTrigger
{
    Scheduled = 1,
    OnDemand = 2,
}
