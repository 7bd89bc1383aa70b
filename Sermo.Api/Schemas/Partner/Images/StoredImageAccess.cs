using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Images;

/// <summary>Who may see a stored image in the graph: staff, the reviewers of its organisation, and the agencies acting for
/// it now (the domain's mandate rule). Members see none yet: an image becomes theirs to see once a live Page shows it,
/// which the Pages area decides.</summary>
public sealed class StoredImageAccess(TimeProvider clock)
{
    public async Task<bool> MayReadAsync(StoredImage image, Caller caller, MandatedOrganisationById organisations)
    {
        if (caller.IsStaff || caller.OrganisationId == image.OrganisationId)
            return true;
        if (caller.AgencyId is not { } agency)
            return false;
        var organisation = await organisations.LoadAsync(image.OrganisationId);
        return organisation is not null && organisation.IsRepresentedBy(agency, clock.GetUtcNow().UtcDateTime);
    }
}
