using Sermo.Domain.Organisations;

namespace Sermo.Domain.Pages;

/// <summary>
/// Who wrote a revision: a person (the token's subject) of an agency acting for the Page's organisation. The only way
/// to make one is <see cref="ActingFor"/>, which goes through <see cref="Organisation.EnsureRepresentedBy"/>: an
/// editor identity is proof that the mandate rule was checked for that organisation at that moment.
/// </summary>
public sealed record EditorIdentity
{
    private EditorIdentity() { }

    public Guid OrganisationId { get; private init; }
    public Guid AgencyId { get; private init; }
    /// <summary>The person within the agency, as the token issuer names them (its subject).</summary>
    public string Person { get; private init; } = "";

    /// <summary>The agency's person acting for <paramref name="organisation"/>; refused unless a mandate covers now.</summary>
    public static EditorIdentity ActingFor(Organisation organisation, Guid agencyId, string person, DateTime now)
    {
        organisation.EnsureRepresentedBy(agencyId, Guard.Utc(now, "now"));
        return new EditorIdentity { OrganisationId = organisation.Id, AgencyId = agencyId, Person = Guard.Text(person, "Editor", 200) };
    }

    /// <summary>Throws unless this editor acts for <paramref name="organisationId"/> (an identity made for another
    /// organisation cannot be carried over).</summary>
    internal void EnsureActsFor(Guid organisationId)
    {
        if (OrganisationId != organisationId)
            throw new DomainRuleException(DomainErrorCodes.AgencyNotMandated, "The agency does not act for the organisation that owns this Page.");
    }
}
