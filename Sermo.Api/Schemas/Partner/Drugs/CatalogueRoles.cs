using Sermo.Api.Auth;

namespace Sermo.Api.Schemas.Partner.Drugs;

/// <summary>The roles that may ever read the drug catalogue's types (the <see cref="SermoPolicies.DrugCatalogue"/>
/// policy then decides per caller at the entry points and node lookups).</summary>
public static class CatalogueRoles
{
    public static readonly string[] All = [SermoRoles.Physician, SermoRoles.Staff, SermoRoles.Agency, SermoRoles.Reviewer];
}
