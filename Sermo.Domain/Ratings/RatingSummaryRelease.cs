namespace Sermo.Domain.Ratings;

/// <summary>
/// The figures members see of the ratings of a drug for one indication, released in steps. A comment shows its rater
/// and the day they rated, so a summary that followed every rating would differ, before and after that day, by
/// exactly that rater's scores. Released figures move only once at least <see cref="RatersPerStep"/> distinct members
/// have rated or changed their rating since the last release (<see cref="PendingRaters"/>): a difference between two
/// releases is then the sum of as many members' changes, which ties no score to any one of them. The first release
/// comes with the <see cref="RatersPerStep"/>th rater, so a released summary always counts at least
/// <see cref="RatingSummary.MinimumRaters"/> raters. The step is taken in the transaction of the rating that
/// completes it, from the current ratings at that moment (<see cref="Release"/>).
/// </summary>
public sealed class RatingSummaryRelease
{
    /// <summary>How many distinct members must have rated or changed their rating since the last release before the
    /// figures move again: the same threshold as a published summary.</summary>
    public const int RatersPerStep = RatingSummary.MinimumRaters;

    private static readonly Func<ReleasedScore, ScoreCount> ScoreCountOf = ReleasedScore.AsScoreCount.Compile();

    private readonly List<ReleasedScore> _scores = [];
    private readonly List<PendingRater> _pendingRaters = [];

    private RatingSummaryRelease() { }

    /// <summary>The release of a drug and indication nobody has rated yet: no figures.</summary>
    public RatingSummaryRelease(Guid drugId, Guid indicationId)
    {
        DrugId = drugId;
        IndicationId = indicationId;
    }

    public Guid DrugId { get; private set; }
    public Guid IndicationId { get; private set; }

    /// <summary>How many times the figures were released; 0 while none are.</summary>
    public int Releases { get; private set; }

    /// <summary>When the figures members see were taken; null before the first release.</summary>
    public DateTime? ReleasedAt { get; private set; }

    /// <summary>The released counts per dimension and score (every one of the 25, zeros included, once released).</summary>
    public IReadOnlyList<ReleasedScore> Scores => _scores;

    /// <summary>The members who rated or changed their rating since the last release, each once. Never shown.</summary>
    public IReadOnlyList<PendingRater> PendingRaters => _pendingRaters;

    /// <summary>Whether enough distinct members rated since the last release for the figures to move.</summary>
    public bool IsStepComplete => _pendingRaters.Count >= RatersPerStep;

    /// <summary>What members see: the released figures, or a summary of nobody (too few raters) before the first release.</summary>
    public RatingSummary Summary => RatingSummary.Of(DrugId, IndicationId, _scores.Select(ScoreCountOf));

    /// <summary>Notes that <paramref name="rating"/> was just submitted (a first rating or a change); a member who
    /// rated again since the last release counts once. Returns <see cref="IsStepComplete"/>: when true, the caller
    /// releases the figures (<see cref="Release"/>) in the same transaction.</summary>
    public bool Record(DrugRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        if (rating.DrugId != DrugId || rating.IndicationId != IndicationId)
            throw Guard.Invalid("The rating is of another drug or indication than this summary.");
        if (!_pendingRaters.Any(p => p.PhysicianId == rating.PhysicianId))
            _pendingRaters.Add(new PendingRater(DrugId, IndicationId, rating.PhysicianId));
        return IsStepComplete;
    }

    /// <summary>Releases the figures of the current ratings, <paramref name="counts"/> (the aggregate of
    /// <see cref="RatingAggregates.ScoreCounts"/>, read in the transaction that completed the step; rows of other
    /// drugs or indications are ignored), and starts counting raters again. Refused while the step is incomplete.</summary>
    public void Release(IEnumerable<ScoreCount> counts, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Guard.Utc(now, "now");
        if (!IsStepComplete)
            throw Guard.Invalid($"Figures move only once {RatersPerStep} members rated since the last release; {_pendingRaters.Count} did.");
        var mine = counts.Where(c => c.DrugId == DrugId && c.IndicationId == IndicationId).ToList();
        foreach (var dimension in Enum.GetValues<RatingDimension>())
        {
            foreach (var score in ScoreDistribution.Scores)
            {
                var ratings = mine.Where(c => c.Dimension == dimension && c.Score == score).Sum(c => c.Ratings);
                var released = _scores.FirstOrDefault(s => s.Dimension == dimension && s.Score == score);
                if (released is null)
                    _scores.Add(new ReleasedScore(DrugId, IndicationId, dimension, score, ratings));
                else
                    released.Ratings = ratings;
            }
        }
        _pendingRaters.Clear();
        Releases++;
        ReleasedAt = now;
    }
}
