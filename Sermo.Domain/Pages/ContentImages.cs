namespace Sermo.Domain.Pages;

/// <summary>The rule for the images content names (a logo, a cover, a post's image): each must be an uploaded image of
/// the organisation that owns the Page. The caller hands over the images it loaded for the ids the content names; an id
/// with no such image, or with an image of another organisation, is refused the same way, so a refusal never confirms
/// that another organisation's image exists.</summary>
internal static class ContentImages
{
    public static void EnsureUsable(Guid organisationId, IReadOnlyCollection<StoredImage> loaded, IEnumerable<(string Field, Guid? Id)> references)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        foreach (var (field, id) in references)
        {
            if (id is { } wanted && !loaded.Any(i => i.Id == wanted && i.OrganisationId == organisationId))
                throw new DomainRuleException(DomainErrorCodes.ImageNotFound,
                    $"{field}: no image uploaded for the Page's organisation has that id; upload it for this organisation first.", field);
        }
    }
}
