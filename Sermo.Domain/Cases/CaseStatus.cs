namespace Sermo.Domain.Cases;

public enum CaseStatus
{
    Open = 0,
    Solved = 1,
}
