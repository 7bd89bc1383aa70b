using Microsoft.EntityFrameworkCore;
using Sermo.Api.Blobs;
using Microsoft.Extensions.Options;
using Sermo.Domain.Persistence;
using Sermo.Seeding;

namespace Sermo.Api.Data;

/// <summary>
/// <c>dotnet run --project Sermo.Api -- seed --size demo|scale [--ratings N] [--replace]</c>: loads a generated data set.
/// Applies pending migrations first. Refuses a database that already has members unless <c>--replace</c> is
/// given (which drops it first).
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";

    public static int Run(IServiceProvider services, string[] arguments, TextWriter output, TextWriter error) =>
        RunAsync(services, arguments, output, error, CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryParse(arguments, out var size, out var replace, out var ratings, out var problem))
        {
            await error.WriteLineAsync($"{problem}\nUsage: seed --size demo|scale [--ratings N] [--replace]");
            return 2;
        }
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var db = await services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(cancellationToken);
        if (replace)
            await db.Database.EnsureDeletedAsync(cancellationToken);
        await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        if (!await DatabaseSeeder.IsEmptyAsync(db, cancellationToken))
        {
            await error.WriteLineAsync("The database already has members; run again with --replace to drop it and seed afresh.");
            return 1;
        }

        await output.WriteLineAsync($"Seeding '{size.ToString().ToLowerInvariant()}' into {options.ProviderKind}...");
        var report = await DatabaseSeeder.SeedAsync(db, DatabaseSeeder.WithPollOpenNow(ratings is { } count ? SeedPlan.For(size) with { Ratings = count } : SeedPlan.For(size), services), size,
            services.GetService<IBlobStore>(), cancellationToken);
        foreach (var table in report.Tables)
            await output.WriteLineAsync($"  {table.Table,-26} {table.Rows,10:N0} rows {table.Elapsed.TotalSeconds,8:F2} s");
        await output.WriteLineAsync(
            $"Generated in {report.Generation.TotalSeconds:F1} s, loaded {report.Rows:N0} rows in {report.Load.TotalSeconds:F1} s " +
            $"(total {(report.Generation + report.Load).TotalSeconds:F1} s).");
        return 0;
    }

    internal static bool TryParse(string[] arguments, out SeedSize size, out bool replace, out int? ratings, out string problem)
    {
        size = SeedSize.Demo;
        replace = false;
        ratings = null;
        problem = "";
        var sizeGiven = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case "--size" when i + 1 < arguments.Length && Enum.TryParse(arguments[i + 1], ignoreCase: true, out size) && Enum.IsDefined(size):
                    sizeGiven = true;
                    i++;
                    break;
                case "--size":
                    problem = $"--size takes demo or scale{(i + 1 < arguments.Length ? $", not '{arguments[i + 1]}'" : "")}.";
                    return false;
                case "--replace":
                    replace = true;
                    break;
                // The same data set with another number of ratings (the pharma benchmark's 100,000 against 1,000,000).
                case "--ratings" when i + 1 < arguments.Length && int.TryParse(arguments[i + 1], out var count) && count > 0:
                    ratings = count;
                    i++;
                    break;
                case "--ratings":
                    problem = "--ratings takes a positive number.";
                    return false;
                default:
                    problem = $"Unknown argument '{arguments[i]}'.";
                    return false;
            }
        }
        if (!sizeGiven)
            problem = "--size is required.";
        return sizeGiven;
    }
}
