namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A revision of a Page (or of one of its posts) was sent to the organisation's reviewers. Ids only, so it can
/// cross Redis as it is; each subscriber resolves the Page with their own authorization.</summary>
/// <param name="PostId">The post submitted; null for the Page's own content.</param>
public sealed record PageSubmitted(Guid OrganisationId, Guid PageId, Guid? PostId, int Revision, DateTime SubmittedAt)
{
    public const string TopicKind = "PageSubmitted";

    public static string TopicOf(Guid organisationId) => Events.EventTopic.For(TopicKind, organisationId.ToString("N"));
}
