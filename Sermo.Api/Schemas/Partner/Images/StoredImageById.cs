using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.EntityFrameworkCore;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary>Stored images by id, one query per batch (node lookups, Page branding).</summary>
public sealed class StoredImageById(IDbContextFactory<SermoDbContext> contexts, DataLoaderBatchOptions? options = null)
    : DbContextDataLoader<SermoDbContext, Guid, StoredImage>(contexts, options)
{
    protected override IQueryable<StoredImage> Query(SermoDbContext db, IReadOnlyList<Guid> keys) =>
        db.StoredImages.AsNoTracking().Where(i => keys.Contains(i.Id));

    protected override Guid KeyOf(StoredImage value) => value.Id;
}
