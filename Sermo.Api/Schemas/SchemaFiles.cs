namespace Sermo.Api.Schemas;

/// <summary>Where the published SDL of each schema lives in the repository: <c>schema/&lt;name&gt;.graphql</c>.</summary>
public static class SchemaFiles
{
    public const string Folder = "schema";

    public static string PathFor(string repositoryRoot, string schemaName) =>
        System.IO.Path.Combine(repositoryRoot, Folder, schemaName + ".graphql");

    /// <summary>The folder holding Sermo.sln at or above <paramref name="start"/>, or null outside a checkout.</summary>
    /// <summary>The repository the running host belongs to: above its content root, or above the current directory
    /// (for commands run from a checkout with another content root).</summary>
    public static string? FindRepositoryRoot(IServiceProvider services) =>
        FindRepositoryRoot(services.GetRequiredService<IHostEnvironment>().ContentRootPath) ?? FindRepositoryRoot(Directory.GetCurrentDirectory());

    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Sermo.sln")))
                return directory.FullName;
        }
        return null;
    }
}
