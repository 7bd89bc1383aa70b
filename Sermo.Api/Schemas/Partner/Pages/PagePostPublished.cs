namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A post went live on a Page. One topic for every Page: each follower's stream keeps the posts of the Pages
/// they follow (asked of the database per event, with the follower's own authorization), so publishing costs one
/// message whatever the number of followers.</summary>
public sealed record PagePostPublished(Guid PageId, Guid PostId, DateTime PublishedAt)
{
    public const string TopicKind = "PagePostPublished";

    public static string Topic { get; } = Events.EventTopic.For(TopicKind, "all");
}
