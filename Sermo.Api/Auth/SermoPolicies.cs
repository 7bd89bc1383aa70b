using Microsoft.AspNetCore.Authorization;

namespace Sermo.Api.Auth;

/// <summary>Named authorization policies of the endpoints.</summary>
public static class SermoPolicies
{
    /// <summary>The pharma graph: an authenticated caller holding the pharma role.</summary>
    public const string PharmaGraph = "pharma-graph";

    public static void AddSermoPolicies(this AuthorizationOptions options) =>
        options.AddPolicy(PharmaGraph, policy => policy.RequireAuthenticatedUser().RequireRole(SermoRoles.Pharma));
}
