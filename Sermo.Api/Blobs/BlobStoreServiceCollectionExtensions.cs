namespace Sermo.Api.Blobs;

public static class BlobStoreServiceCollectionExtensions
{
    /// <summary>The file-system blob store under <c>BlobStore:Path</c>.</summary>
    public static IServiceCollection AddSermoBlobStore(this IServiceCollection services)
    {
        services.AddOptions<BlobStoreOptions>().BindConfiguration(BlobStoreOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "BlobStore:Path must name a folder.")
            .ValidateOnStart();
        services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        return services;
    }
}
