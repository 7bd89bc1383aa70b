using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Auth;

/// <summary>The <see cref="SermoPolicies.DrugCatalogue"/> policy: the caller may read the drug catalogue.</summary>
public sealed class DrugCatalogueRequirement : IAuthorizationRequirement;
