namespace Sermo.Domain.Ratings;

/// <summary>The five dimensions of a drug rating, each from 1 (worst) to 5 (best).</summary>
public sealed record RatingScores
{
    public const int Min = 1;
    public const int Max = 5;

    public RatingScores(int efficacy, int safety, int tolerability, int accessibility, int adherence)
    {
        Efficacy = Guard.Range(efficacy, "Efficacy", Min, Max);
        Safety = Guard.Range(safety, "Safety", Min, Max);
        Tolerability = Guard.Range(tolerability, "Tolerability", Min, Max);
        Accessibility = Guard.Range(accessibility, "Accessibility", Min, Max);
        Adherence = Guard.Range(adherence, "Adherence", Min, Max);
    }

    public int Efficacy { get; }
    public int Safety { get; }
    public int Tolerability { get; }
    public int Accessibility { get; }
    public int Adherence { get; }
}
