using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>How an event's ids become objects for one subscriber: loaded, then shown only if that subscriber may see
/// them now (the same rule as <c>node</c>), so an event never carries more than the subscriber's own authorization allows.</summary>
public static class PageEventLoading
{
    public static async Task<Page?> PageAsync(Guid pageId, IResolverContext context) =>
        await context.DataLoader<PageById>().LoadAsync(pageId) is { } page
        && await context.Services.GetRequiredService<PageVisibility>().MaySeeAsync(page, new Caller(context.User), context.CancellationToken)
            ? page
            : null;

    public static async Task<PagePost?> PostAsync(Guid pageId, Guid? postId, IResolverContext context) =>
        postId is { } id
        && await context.DataLoader<PagePostById>().LoadAsync(id) is { } post
        && await context.DataLoader<PageById>().LoadAsync(pageId) is { } page
        && await context.Services.GetRequiredService<PageVisibility>().MaySeeAsync(post, page, new Caller(context.User), context.CancellationToken)
            ? post
            : null;
}
