namespace Sermo.Domain.Pages;

/// <summary>
/// Who holds a slug. Each Page of an organisation has its own; across organisations only a Page that has gone live holds
/// its slug (from its first publication on, also once archived or suspended, so an address members knew never leads to
/// another organisation's Page). Drafts of different organisations may share a slug, so asking for one tells nobody
/// about another organisation's unreleased Pages: a slug is refused only for what the caller's own team sees or what
/// has been public. The store keeps both rules as unique keys (organisation and slug; slug among Pages with a live
/// revision), so two organisations going live with one slug at once cannot both succeed.
/// </summary>
public static class PageAddress
{
    /// <summary>Whether the Page holds its slug across organisations.</summary>
    public static bool HeldAcrossOrganisations(Page page) => page.LiveRevision is not null;

    /// <summary>The refusal for a slug held by another Page of the organisation or by a Page that has gone live; the
    /// same words whichever it is, and never for another organisation's draft.</summary>
    public static DomainRuleException Taken(string slug) =>
        new(DomainErrorCodes.PageSlugTaken, $"The slug '{slug}' is taken by a published Page or by another Page of the organisation; choose another.", "Slug");
}
