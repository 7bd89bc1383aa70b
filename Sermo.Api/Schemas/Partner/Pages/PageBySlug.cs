using Microsoft.EntityFrameworkCore;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>page(slug:, organisationId:)</c>: the Page at an address among the Pages the caller may see
/// (<see cref="PageVisibility"/>, in SQL). A member sees live Pages only, whose slugs are unique across organisations
/// (<see cref="Sermo.Domain.Pages.PageAddress"/>), and a team its organisations' Pages, whose slugs are unique per
/// organisation; a caller who sees several Pages with the slug (staff, an agency of several organisations whose drafts
/// share it) is asked to name the organisation rather than given one of them. Only Pages the caller sees are counted,
/// so the answer says nothing of other organisations' drafts.</summary>
public static class PageBySlug
{
    public static async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var slug = context.Arguments["slug"] as string;
        Guid? organisation = null;
        if (context.Arguments.GetValueOrDefault("organisationId") is string organisationId)
        {
            if (!context.Services.GetRequiredService<GlobalIdCodec>().TryDecode<Guid>(organisationId, "Organisation", out var decoded))
                return null;
            organisation = decoded;
        }
        var visible = await context.Services.GetRequiredService<PageVisibility>().FilterAsync(new Caller(context.User), context.CancellationToken);
        await using var db = await context.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var pages = await visible(db.Pages.AsNoTracking())
            .Where(p => p.Slug == slug && (organisation == null || p.OrganisationId == organisation))
            .Take(2).ToListAsync(context.CancellationToken);
        return pages.Count < 2
            ? pages.SingleOrDefault()
            : throw FieldErrors.BadUserInput("Several Pages you may see have this slug; name the organisation (organisationId).");
    }
}
