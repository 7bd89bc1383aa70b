namespace Sermo.Seeding;

/// <summary>How much the seed generator makes. The data is dated relative to <see cref="AsOf"/>, a fixed
/// instant, so the same plan always produces the same rows.</summary>
public sealed record SeedPlan(
    int Physicians,
    int Organisations,
    int Agencies,
    int Pages,
    int Drugs,
    int Ratings,
    double CommentShare,
    int Cases,
    int Polls,
    int MaxVotesPerPoll,
    int RandomSeed = SeedPlan.DefaultRandomSeed)
{
    public const int DefaultRandomSeed = 20_260_301;

    /// <summary>"Now" for the generated history: the newest activity is just before it.</summary>
    public static readonly DateTime AsOf = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public static SeedPlan Demo { get; } = new(
        Physicians: 400, Organisations: 12, Agencies: 4, Pages: 16, Drugs: 160, Ratings: 4_000, CommentShare: 0.05,
        Cases: 60, Polls: 6, MaxVotesPerPoll: 200);

    /// <summary>The sizes seen in the real product (see the brief): 20,000 comments in 1,000,000 ratings.</summary>
    public static SeedPlan Scale { get; } = new(
        Physicians: 100_000, Organisations: 120, Agencies: 25, Pages: 240, Drugs: 2_250, Ratings: 1_000_000, CommentShare: 0.02,
        Cases: 7_300, Polls: 50, MaxVotesPerPoll: 3_000);

    public static SeedPlan For(SeedSize size) => size == SeedSize.Scale ? Scale : Demo;

    /// <summary>An instant the newest poll is open at, the others weekly before it: the host seeds with its own "now",
    /// so a server started today has a poll to vote in. Null dates the polls, like the rest, relative to <see cref="AsOf"/>.
    /// Either way the same plan gives the same rows.</summary>
    public DateTime? CurrentPollAt { get; init; }

    /// <summary>The same shape with every count multiplied (at least one of each), for tests of the scale plan.</summary>
    public SeedPlan Scaled(double factor) => this with
    {
        Physicians = Math.Max(20, (int)(Physicians * factor)),
        Organisations = Math.Max(4, (int)(Organisations * factor)),
        Agencies = Math.Max(1, (int)(Agencies * factor)),
        Pages = Math.Max(1, (int)(Pages * factor)),
        Drugs = Math.Max(1, (int)(Drugs * factor)),
        Ratings = Math.Max(1, (int)(Ratings * factor)),
        Cases = Math.Max(1, (int)(Cases * factor)),
        Polls = Math.Max(1, (int)(Polls * factor)),
        MaxVotesPerPoll = Math.Max(1, (int)(MaxVotesPerPoll * factor)),
    };
}
