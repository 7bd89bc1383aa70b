namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>An event on a case's topic: ids and what changed only (no text, no member), so it can cross Redis as
/// it is; each subscriber resolves the case and the response with their own authorization.</summary>
/// <param name="ResponseId">The new response, the proposed action voted on, or the accepted one; null when a case
/// is marked solved without accepting a response.</param>
public sealed record CaseActivity(Guid CaseId, CaseActivityKind Kind, Guid? ResponseId, DateTime OccurredAt)
{
    public const string TopicKind = "CaseActivity";

    public static string TopicOf(Guid caseId) => Events.EventTopic.For(TopicKind, caseId.ToString("N"));
}
