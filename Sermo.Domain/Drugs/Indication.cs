namespace Sermo.Domain.Drugs;

/// <summary>A condition a drug is used for; ratings are per drug and indication.</summary>
public sealed class Indication
{
    private Indication() { }

    public Indication(string name, string? icd10Code)
    {
        Id = EntityIds.Next();
        Name = Guard.Text(name, "Indication name", 200);
        Icd10Code = Guard.OptionalText(icd10Code, "ICD-10 code", 10);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Icd10Code { get; private set; }
}
