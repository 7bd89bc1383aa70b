namespace Sermo.Domain.Organisations;

/// <summary>A healthcare marketing agency: builds frontends for the organisations that mandate it.</summary>
public sealed class Agency
{
    private Agency() { }

    public Agency(string name, string countryCode, DateTime now)
    {
        Id = EntityIds.Next();
        Name = Guard.Text(name, "Agency name", 200);
        CountryCode = Countries.Normalise(countryCode);
        CreatedAt = Guard.Utc(now, "now");
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string CountryCode { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}
