using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary>The images area: <c>uploadImage</c> (a multipart request carrying the file, <c>docs/http-api.md</c>) and
/// <c>StoredImage</c> as a node. The bytes are served outside the graph at <c>/images/{id}</c>.</summary>
public sealed class ImagesSchemaContributor : IPartnerSchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Types.AddType<StoredImageType>();
        MutationConventions.AddPayload<StoredImage>(schema.Types, "StoredImagePayload", "image", StoredImageType.TypeName);
        schema.Node<StoredImage, Guid>(StoredImageType.TypeName, i => i.Id, LoadVisibleAsync);

        schema.Mutation(mutation => mutation.Field("uploadImage").Type("StoredImagePayload!").AuthorizeRoles(SermoRoles.Agency)
            .Description("Stores an image for an organisation the calling agency acts for, checked by its bytes. Send it as a multipart request "
                + "(the GraphQL multipart request specification) with the header GraphQL-Preflight: 1. Refusals: UNSUPPORTED_IMAGE_TYPE, "
                + "IMAGE_TOO_LARGE, IMAGE_DIMENSIONS_OUT_OF_RANGE, IMAGE_CORRUPT, AGENCY_NOT_MANDATED.")
            .ResolveWith(([Service] ImageCommands commands, UploadImageInput input, Caller caller, CancellationToken cancellationToken) =>
                commands.UploadAsync(input, caller, cancellationToken)));
    }

    /// <summary>An image by id for <c>node</c>: null to whoever <see cref="StoredImageAccess"/> does not let see it, exactly
    /// as for an id that names nothing.</summary>
    private static async Task<StoredImage?> LoadVisibleAsync(Guid id, IResolverContext context)
    {
        var image = await context.DataLoader<StoredImageById>().LoadAsync(id);
        return image is not null && await context.Services.GetRequiredService<StoredImageAccess>()
            .MayReadAsync(image, new Caller(context.User), context.CancellationToken)
            ? image
            : null;
    }
}
