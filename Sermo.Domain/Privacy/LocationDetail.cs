namespace Sermo.Domain.Privacy;

/// <summary>How much of a member's country others are shown.</summary>
public enum LocationDetail
{
    Country = 0,
    Region = 1,
    Withheld = 2,
}
