using Sermo.Api.Schemas;

namespace Sermo.Tests.Infrastructure;

/// <summary>Where the repository is checked out, found from the test binaries; the shared folder
/// (conformance data) sits beside it.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string?> Found = new(() => SchemaFiles.FindRepositoryRoot(AppContext.BaseDirectory));

    /// <summary>The folder holding Sermo.sln above the test binaries, or null when there is none.</summary>
    public static string? Find() => Found.Value;

    /// <summary>The folder holding Sermo.sln, for tests that cannot run without the repository.</summary>
    public static string Path =>
        Found.Value ?? throw new InvalidOperationException($"No folder holding Sermo.sln above {AppContext.BaseDirectory}.");
}
