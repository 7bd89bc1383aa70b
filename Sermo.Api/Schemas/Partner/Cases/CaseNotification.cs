namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary>A notification on one member's own topic: ids and the reason only. The topic names the member; the
/// event itself names no one.</summary>
public sealed record CaseNotification(Guid CaseId, CaseNotificationKind Kind, Guid ResponseId, DateTime OccurredAt)
{
    public const string TopicKind = "CaseNotification";

    public static string TopicOf(Guid memberId) => Events.EventTopic.For(TopicKind, memberId.ToString("N"));
}
