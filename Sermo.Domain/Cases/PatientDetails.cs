namespace Sermo.Domain.Cases;

/// <summary>The de-identified patient behind a case, as structured fields rather than free prose.</summary>
public sealed record PatientDetails
{
    public PatientDetails(AgeBand ageBand, PatientSex sex, string history, string findings)
    {
        AgeBand = Enum.IsDefined(ageBand) ? ageBand : throw Guard.Invalid($"Unknown age band {ageBand}.");
        Sex = Enum.IsDefined(sex) ? sex : throw Guard.Invalid($"Unknown sex {sex}.");
        History = Guard.Text(history, "History", 10_000);
        Findings = Guard.Text(findings, "Findings", 10_000);
    }

    public AgeBand AgeBand { get; private init; }
    public PatientSex Sex { get; private init; }
    /// <summary>Presenting complaint, past history, medications.</summary>
    public string History { get; private init; }
    /// <summary>Examination, test results and imaging reports.</summary>
    public string Findings { get; private init; }
}
