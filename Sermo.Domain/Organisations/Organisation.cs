namespace Sermo.Domain.Organisations;

/// <summary>A pharma company, vendor or medical organisation: owns Pages, may manufacture drugs, mandates agencies.</summary>
public sealed class Organisation
{
    private readonly List<AgencyMandate> _mandates = [];

    private Organisation() { }

    public Organisation(string name, OrganisationKind kind, string countryCode, DateTime now)
    {
        Id = EntityIds.Next();
        Name = Guard.Text(name, "Organisation name", 200);
        Kind = Enum.IsDefined(kind) ? kind : throw Guard.Invalid($"Unknown organisation kind {kind}.");
        CountryCode = Countries.Normalise(countryCode);
        CreatedAt = Guard.Utc(now, "now");
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }
    public string CountryCode { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public IReadOnlyList<AgencyMandate> Mandates => _mandates;

    /// <summary>Lets an agency act for this organisation from now on (a no-op when it already may).</summary>
    public AgencyMandate GrantMandate(Agency agency, DateTime now)
    {
        var active = _mandates.FirstOrDefault(m => m.AgencyId == agency.Id && m.RevokedAt is null);
        if (active is not null)
            return active;
        var mandate = new AgencyMandate(agency.Id, Id, Guard.Utc(now, "now"));
        _mandates.Add(mandate);
        return mandate;
    }

    public void RevokeMandate(Guid agencyId, DateTime now)
    {
        var active = _mandates.FirstOrDefault(m => m.AgencyId == agencyId && m.RevokedAt is null)
            ?? throw new DomainRuleException(DomainErrorCodes.AgencyNotMandated, "That agency does not act for this organisation.");
        active.Revoke(Guard.Utc(now, "now"));
    }

    public bool IsRepresentedBy(Guid agencyId, DateTime at) =>
        _mandates.Any(m => m.AgencyId == agencyId && m.IsInForceAt(at));

    /// <summary>Throws unless the agency currently acts for this organisation.</summary>
    public void EnsureRepresentedBy(Guid agencyId, DateTime now)
    {
        if (!IsRepresentedBy(agencyId, now))
            throw new DomainRuleException(DomainErrorCodes.AgencyNotMandated, $"The agency does not act for {Name}.");
    }
}
