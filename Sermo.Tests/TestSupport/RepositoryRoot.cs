namespace Sermo.Tests.TestSupport;

/// <summary>The repository's root: the folder holding Sermo.sln above the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Sermo.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No folder holding Sermo.sln above {AppContext.BaseDirectory}.");
    }
}
