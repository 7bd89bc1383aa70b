using Sermo.Api.Blobs;
using Sermo.Api.Images;

namespace Sermo.Api.Schemas.Partner.Images;

public static class ImagesServiceCollectionExtensions
{
    /// <summary>The images area of the partner graph, the blob store and the checks its upload runs.</summary>
    public static IServiceCollection AddImagesArea(this IServiceCollection services)
    {
        services.AddSingleton<IPartnerSchemaContributor, ImagesSchemaContributor>();
        services.AddSermoBlobStore();
        services.AddSingleton<ImageInspector>();
        services.AddScoped<StoredImageAccess>();
        services.AddSingleton<ImageCommands>();
        return services;
    }
}
