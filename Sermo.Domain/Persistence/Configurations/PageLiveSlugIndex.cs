using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sermo.Domain.Pages;

namespace Sermo.Domain.Persistence.Configurations;

/// <summary>A slug is held across organisations only by a Page that has gone live (<see cref="PageAddress"/>): a unique
/// index over the slugs of Pages with a live revision (never cleared once set), so drafts of different organisations
/// may share one while two Pages going live with it at once cannot both succeed. The filter is SQL of each provider.</summary>
internal sealed class PageLiveSlugIndex(string? providerName)
{
    public const string Name = "UX_Pages_LiveSlug";

    public void Configure(EntityTypeBuilder<Page> entity) =>
        entity.HasIndex(p => p.Slug).IsUnique().HasFilter(HasGoneLive()).HasDatabaseName(Name);

    private string HasGoneLive() => providerName switch
    {
        "Microsoft.EntityFrameworkCore.SqlServer" => "[LiveRevision] IS NOT NULL",
        _ => "\"LiveRevision\" IS NOT NULL",
    };
}
