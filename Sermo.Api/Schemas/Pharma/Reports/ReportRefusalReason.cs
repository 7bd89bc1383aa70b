namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>Why the reports area refuses a request (<see cref="ReportRefusedException"/>).</summary>
public enum ReportRefusalReason
{
    /// <summary>The request itself is unusable (too many ids, an unknown period kind): the graph's
    /// <c>BAD_USER_INPUT</c>, a download's 400.</summary>
    BadInput = 1,

    /// <summary>It asks for a report outside the caller's subscription: the graph's <c>NOT_ENTITLED</c>, a download's 403.</summary>
    NotEntitled = 2,
}
