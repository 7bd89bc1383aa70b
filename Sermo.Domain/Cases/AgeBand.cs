namespace Sermo.Domain.Cases;

/// <summary>A patient's age as a band, never an exact age; everyone over 89 is one band (HIPAA Safe Harbor).</summary>
public enum AgeBand
{
    Under1 = 0,
    From1To4 = 1,
    From5To11 = 2,
    From12To17 = 3,
    From18To29 = 4,
    From30To39 = 5,
    From40To49 = 6,
    From50To59 = 7,
    From60To69 = 8,
    From70To79 = 9,
    From80To89 = 10,
    Over89 = 11,
}
