namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>A refusal by the reports area's own code that serves both transports (<see cref="ReportRowSource"/> is read
/// by the graph's <c>rows</c> and by the downloads): it says why and what to tell the caller, and each transport says it
/// its way: the pharma graph as an error with its code, a download as a status, both with this message.</summary>
public sealed class ReportRefusedException(ReportRefusalReason reason, string message) : Exception(message)
{
    public ReportRefusalReason Reason { get; } = reason;

    public static ReportRefusedException BadInput(string message) => new(ReportRefusalReason.BadInput, message);

    /// <summary>The one refusal of a report outside the subscription, in <see cref="Reports.NotEntitled"/>'s words.</summary>
    public static ReportRefusedException NotEntitled() => new(ReportRefusalReason.NotEntitled, Reports.NotEntitled.Message);
}
