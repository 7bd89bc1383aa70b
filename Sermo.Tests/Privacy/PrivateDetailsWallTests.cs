namespace Sermo.Tests.Privacy;

/// <summary>The wall around private details is in the code, not only in the schema: outside the domain's own
/// entity, model, enrolment and reader (and the seed generator that makes them), no source file names the type, so no
/// resolver, loader or query of the host can read it except through <c>PrivateDetailsReader</c>.</summary>
public sealed class PrivateDetailsWallTests
{
    private static readonly string[] Allowed =
    [
        "Sermo.Domain/Physicians/PhysicianPrivateDetails.cs",
        "Sermo.Domain/Physicians/PhysicianEnrolment.cs",
        "Sermo.Domain/Physicians/Physician.cs",
        "Sermo.Domain/Persistence/SermoDbContext.cs",
        "Sermo.Domain/Persistence/Configurations/PhysicianConfiguration.cs",
        "Sermo.Domain/Privacy/PrivateDetailsReader.cs",
        "Sermo.Seeding/SeedGenerator.cs",
        "Sermo.Seeding/SeedData.cs",
        // The GraphQL type of what the reader returns: it names the fields shown and reads nothing itself.
        "Sermo.Api/Schemas/Partner/Physicians/PrivateDetailsType.cs",
    ];

    [Fact]
    public void Only_the_domain_and_its_reader_name_private_details()
    {
        var root = Infrastructure.RepositoryRoot.Path;
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("Sermo.Tests/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal)
                && !path.Contains("/bin/", StringComparison.Ordinal) && !path.StartsWith("Sermo.Migrations/", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(Path.Combine(root, path)).Contains("PhysicianPrivateDetails", StringComparison.Ordinal))
            .Except(Allowed)
            .ToList();

        Assert.True(offenders.Count == 0,
            "Private details may only be read through Sermo.Domain/Privacy/PrivateDetailsReader.cs; these files name the type: " + string.Join(", ", offenders));
    }
}
