namespace Sermo.Domain.Privacy;

/// <summary>How much of a member's specialty others are shown.</summary>
public enum SpecialtyDetail
{
    Specialty = 0,
    Group = 1,
    Withheld = 2,
}
