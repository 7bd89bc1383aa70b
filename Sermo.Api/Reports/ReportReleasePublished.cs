using Sermo.Api.Events;

namespace Sermo.Api.Reports;

/// <summary>A release was committed: its id only. Published on one topic after the commit, so a BI refresh can follow.</summary>
public sealed record ReportReleasePublished(Guid ReleaseId)
{
    public const string Kind = "ReportReleasePublished";

    /// <summary>Every release goes to the one topic: there is one stream of releases.</summary>
    public static string Topic { get; } = EventTopic.For(Kind, "all");
}
