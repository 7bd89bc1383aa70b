namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A reviewer decided on a revision of a Page or post of an organisation. Ids only; the decision itself is
/// read by each subscriber through the Page, with their own authorization.</summary>
public sealed record PageDecided(Guid OrganisationId, Guid PageId, Guid? PostId, Guid DecisionId, DateTime DecidedAt)
{
    public const string TopicKind = "PageDecided";

    public static string TopicOf(Guid organisationId) => Events.EventTopic.For(TopicKind, organisationId.ToString("N"));
}
