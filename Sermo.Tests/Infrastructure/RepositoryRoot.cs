namespace Sermo.Tests.Infrastructure;

/// <summary>Where the repository is checked out, found from the test binaries; the shared folder
/// (conformance data) sits beside it.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding Sermo.sln above the test binaries, or null when there is none.</summary>
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sermo.sln")))
                return folder.FullName;
        }
        return null;
    }
}
