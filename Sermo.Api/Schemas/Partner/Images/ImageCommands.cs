using Microsoft.EntityFrameworkCore;
using Sermo.Api.Blobs;
using Sermo.Api.Images;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary>Uploading an image: the mandate first (nothing of the file is read for an agency that does not act for the
/// organisation), then the bytes, then the blob and its row. The blob is written before the row and deleted again when
/// the row cannot be saved, so a refused or failed upload leaves nothing stored.</summary>
public sealed class ImageCommands(IDbContextFactory<SermoDbContext> contexts, GlobalIdCodec ids, TimeProvider clock, ImageInspector inspector, IBlobStore blobs)
{
    private static readonly InputFields Fields = new(("File", "file"));

    public async Task<Payload<StoredImage>> UploadAsync(UploadImageInput input, Caller caller, CancellationToken cancellationToken)
    {
        if (!ids.TryDecode<Guid>(input.OrganisationId, "Organisation", out var organisationId))
            return Payload<StoredImage>.Refused(MutationConventions.NotFound("organisationId", "organisation"));
        if (caller.AgencyId is not { } agencyId)
            return Payload<StoredImage>.Refused(new MutationError(MutationErrorCode.AgencyNotMandated, "The token names no agency to act as.", null));
        return await MutationConventions.RunAsync(Fields, async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
            if (organisation is null)
                return null;
            organisation.EnsureRepresentedBy(agencyId, now);
            await using var inspected = await inspector.InspectAsync(input.File, cancellationToken);
            var image = new StoredImage(organisation, agencyId, inspected.Format, inspected.Length, inspected.Width, inspected.Height, inspected.Sha256, now);
            await blobs.PutAsync(image.BlobKey, inspected.Content, image.ContentType, cancellationToken);
            try
            {
                db.StoredImages.Add(image);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                await blobs.DeleteAsync(image.BlobKey, CancellationToken.None);
                throw;
            }
            return image;
        }, () => MutationConventions.NotFound("organisationId", "organisation"));
    }
}
