namespace Sermo.Domain.Pages;

/// <summary>What members may engage with: live Pages and their published posts.</summary>
internal static class EngagementRules
{
    public static void EnsureLive(Page page)
    {
        if (!page.IsLive)
            throw new DomainRuleException(DomainErrorCodes.PageNotLive, "The Page is not live.");
    }

    public static void EnsurePublishedPost(Page page, Guid postId)
    {
        EnsureLive(page);
        if (page.Posts.FirstOrDefault(p => p.Id == postId) is not { State: ReviewState.Published })
            throw new DomainRuleException(DomainErrorCodes.PageNotLive, "The post is not published.");
    }
}
