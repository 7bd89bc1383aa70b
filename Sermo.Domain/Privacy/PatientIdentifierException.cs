namespace Sermo.Domain.Privacy;

/// <summary>Case text was refused because it carries patient identifiers; the findings say what and where.</summary>
public sealed class PatientIdentifierException(IReadOnlyList<IdentifierFinding> findings) : DomainRuleException(
    DomainErrorCodes.PatientIdentifierFound,
    "Case text must not identify the patient. Found " + string.Join("; ", findings.Select(f => f.Describe())) + ".")
{
    public IReadOnlyList<IdentifierFinding> Findings { get; } = findings;
}
