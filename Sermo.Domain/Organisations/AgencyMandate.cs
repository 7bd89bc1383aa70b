namespace Sermo.Domain.Organisations;

/// <summary>An agency acting for an organisation, over a period; revoked mandates stay as history.</summary>
public sealed class AgencyMandate
{
    private AgencyMandate() { }

    internal AgencyMandate(Guid agencyId, Guid organisationId, DateTime grantedAt)
    {
        Id = EntityIds.Next();
        AgencyId = agencyId;
        OrganisationId = organisationId;
        GrantedAt = grantedAt;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateTime GrantedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    internal void Revoke(DateTime now) => RevokedAt = now;
}
