namespace Sermo.Domain.Physicians;

/// <summary>Years in practice as others see them: a band, never the exact number, which would help pick a member out.</summary>
public enum YearsInPracticeBand
{
    From0To4 = 0,
    From5To9 = 1,
    From10To19 = 2,
    From20To29 = 3,
    From30 = 4,
}
