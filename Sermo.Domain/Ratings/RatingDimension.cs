namespace Sermo.Domain.Ratings;

/// <summary>The five things a rating scores, each from <see cref="RatingScores.Min"/> to <see cref="RatingScores.Max"/>.</summary>
public enum RatingDimension
{
    Efficacy = 1,
    Safety = 2,
    Tolerability = 3,
    Accessibility = 4,
    Adherence = 5,
}
