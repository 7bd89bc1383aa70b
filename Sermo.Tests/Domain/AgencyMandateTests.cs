using Sermo.Domain.Organisations;

namespace Sermo.Tests.Domain;

public class AgencyMandateTests
{
    [Fact]
    public void A_mandate_is_in_force_from_its_grant_until_its_revocation_the_same_in_the_domain_and_as_a_query_condition()
    {
        var organisation = Given.Pharma("Mandated Pharma");
        var agency = new Agency("Window Agency", "GB", Given.Now);
        var mandate = organisation.GrantMandate(agency, Given.Now);
        organisation.RevokeMandate(agency.Id, Given.Now.AddDays(10));
        DateTime[] instants = [Given.Now.AddSeconds(-1), Given.Now, Given.Now.AddDays(5), Given.Now.AddDays(10), Given.Now.AddDays(11)];

        var inDomain = instants.Select(mandate.IsInForceAt).ToList();
        var asQuery = instants.Select(at => new[] { mandate }.AsQueryable().Any(AgencyMandate.InForceAt(at))).ToList();

        Assert.Equal([false, true, true, false, false], inDomain);
        Assert.Equal(inDomain, asQuery);
        Assert.Equal(inDomain, instants.Select(at => organisation.IsRepresentedBy(agency.Id, at)));
    }
}
