namespace Sermo.Domain.Privacy;

/// <summary>What a piece of content says about its author's practice when it is shown beside them: a case names a
/// specialty, a poll its target countries.</summary>
[Flags]
public enum PracticeRevealed
{
    None = 0,
    Specialty = 1,
    Country = 2,
}
