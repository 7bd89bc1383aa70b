namespace Sermo.Domain.Drugs;

/// <summary>A pharmacological or therapeutic class ("SGLT2 inhibitor"), the level pharma reports can group by.</summary>
public sealed class DrugClass
{
    private DrugClass() { }

    public DrugClass(string name, string? atcCode)
    {
        Id = EntityIds.Next();
        Name = Guard.Text(name, "Drug class name", 200);
        AtcCode = Guard.OptionalText(atcCode, "ATC code", 10);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The WHO ATC code of the class, where one exists.</summary>
    public string? AtcCode { get; private set; }
}
