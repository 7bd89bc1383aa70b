namespace Sermo.Domain.Pages;

/// <summary>How promotional a piece of content is, which decides whether it must carry Important Safety Information.</summary>
public enum ContentKind
{
    /// <summary>Company or organisation information with no product named.</summary>
    Unbranded = 0,
    /// <summary>Names a brand without efficacy or safety claims: no Important Safety Information needed.</summary>
    ReminderAd = 1,
    /// <summary>Makes claims about a product: must carry Important Safety Information.</summary>
    ProductClaim = 2,
}
