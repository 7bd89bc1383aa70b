using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sermo.Domain.Cases;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Seeding;

namespace Sermo.Tests.Seeding;

public class SeedGeneratorTests
{
    private static readonly Lazy<SeedData> Demo = new(() => new SeedGenerator(SeedPlan.Demo).Generate());

    [Fact]
    public void The_same_plan_produces_identical_rows_and_another_seed_does_not()
    {
        var again = new SeedGenerator(SeedPlan.Demo).Generate();
        var other = new SeedGenerator(SeedPlan.Demo with { RandomSeed = 7 }).Generate();

        Assert.Equal(Fingerprint(Demo.Value), Fingerprint(again));
        Assert.NotEqual(Fingerprint(Demo.Value), Fingerprint(other));
    }

    [Fact]
    public void The_demo_set_shows_every_feature()
    {
        var data = Demo.Value;

        Assert.Equal(SeedPlan.Demo.Physicians, data.Physicians.Count);
        Assert.Contains(data.Physicians, p => p.IsVerified && p.IsAnonymous);
        Assert.Contains(data.Physicians, p => p.IsVerified && !p.IsAnonymous && p.PublicName is not null);
        Assert.InRange(data.Physicians.Count(p => p.IsAnonymous) / (double)data.Physicians.Count, 0.8, 0.97);
        Assert.Contains(data.Physicians, p => !p.IsVerified);
        Assert.All(Enum.GetValues<ReviewState>(), state => Assert.Contains(data.Pages, p => p.State == state));
        Assert.Contains(data.Pages, p => p.IsLive && p.StagingRevision != p.LiveRevision);
        Assert.Contains(data.Pages, p => p.IsSuspended);
        Assert.All(new[] { ReviewState.Draft, ReviewState.InReview, ReviewState.Published },
            state => Assert.Contains(data.Pages.SelectMany(p => p.Posts), p => p.State == state));
        // Branding: every Page shows its organisation's logo and cover, the first post of a live Page its cover; each
        // image's row describes its bytes.
        Assert.All(data.Pages, p => Assert.NotNull(p.Staging.LogoImageId));
        Assert.Contains(data.Pages.SelectMany(p => p.Posts), p => p.ImageId is not null);
        Assert.All(data.Images, i => Assert.Equal((i.Image.Length, i.Image.Sha256), ((long)i.Bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(i.Bytes)))));
        Assert.All(data.Pages, p => Assert.Contains(data.Images, i => i.Image.Id == p.Staging.LogoImageId && i.Image.OrganisationId == p.OrganisationId));
        Assert.NotEmpty(data.Engagement.Follows);
        Assert.NotEmpty(data.Engagement.Views);
        Assert.NotEmpty(data.Engagement.Reactions);
        Assert.Contains(data.Cases, c => c.Status == CaseStatus.Solved && c.AcceptedResponseId is not null);
        Assert.Contains(data.Cases, c => c.Votes.Count > 0);
        Assert.Contains(data.Polls, p => p.TotalVotes > 0 && p.TargetCountries.Count > 0);
        Assert.Contains(data.Ratings, r => !r.IsCurrent);
        Assert.Contains(data.Ratings, r => r.Comment is not null);
    }

    [Fact]
    public void Case_timings_look_like_the_product_first_response_within_hours_most_solved_within_a_day()
    {
        var responded = Demo.Value.Cases.Where(c => c.TimeToFirstResponse is not null).Select(c => c.TimeToFirstResponse!.Value).Order().ToList();
        var solved = Demo.Value.Cases.Where(c => c.TimeToSolution is not null).Select(c => c.TimeToSolution!.Value).Order().ToList();

        Assert.InRange(responded[responded.Count / 2], TimeSpan.FromMinutes(20), TimeSpan.FromHours(3));
        Assert.InRange(solved[solved.Count / 2], TimeSpan.FromHours(4), TimeSpan.FromHours(30));
    }

    [Fact]
    public void Activity_is_skewed_a_few_very_active_raters_and_many_quiet_ones()
    {
        var perRater = Demo.Value.Ratings.GroupBy(r => r.PhysicianId).Select(g => g.Count()).OrderDescending().ToList();
        var topTenth = perRater.Take(Math.Max(1, perRater.Count / 10)).Sum();

        Assert.True(topTenth > 0.4 * Demo.Value.Ratings.Count, $"The top tenth of raters gave {topTenth} of {Demo.Value.Ratings.Count} ratings.");
        Assert.True(perRater[^1] <= 3);
    }

    [Fact]
    public void The_scale_plan_matches_the_product_and_a_scaled_down_run_honours_its_counts()
    {
        Assert.Equal((100_000, 2_250, 1_000_000, 7_300, 50, 3_000),
            (SeedPlan.Scale.Physicians, SeedPlan.Scale.Drugs, SeedPlan.Scale.Ratings, SeedPlan.Scale.Cases, SeedPlan.Scale.Polls, SeedPlan.Scale.MaxVotesPerPoll));

        var plan = SeedPlan.Scale.Scaled(0.01);
        var data = new SeedGenerator(plan).Generate();

        Assert.Equal((plan.Physicians, plan.Drugs, plan.Ratings, plan.Cases, plan.Polls),
            (data.Physicians.Count, data.Drugs.Count, data.Ratings.Count, data.Cases.Count, data.Polls.Count));
        Assert.All(data.Polls, p => Assert.InRange(p.TotalVotes, 0, plan.MaxVotesPerPoll));
        Assert.Equal(plan.Drugs, data.Drugs.Select(d => d.BrandName).Distinct().Count());
        Assert.True(data.Physicians.Select(p => p.CountryCode).Distinct().Count() >= 50);
    }

    /// <summary>A hash over every column of every row, read the way the bulk writers read them.</summary>
    private static string Fingerprint(SeedData data)
    {
        using var db = new SermoDbContext(new DbContextOptionsBuilder<SermoDbContext>().UseSqlite("Data Source=:memory:").Options);
        var text = new StringBuilder();
        foreach (var (type, rows) in data.Tables())
        {
            var (table, columns) = TableColumn.For(db.Model.FindEntityType(type)!);
            text.Append(table).Append('\n');
            foreach (var row in rows)
                text.AppendJoin('|', columns.Select(c => c.ValueOf(row))).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
