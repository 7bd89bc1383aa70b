namespace Sermo.Api.Auth;

/// <summary>Roles a token can grant.</summary>
public static class SermoRoles
{
    /// <summary>A pharma BI client: may read the aggregated rating reports of the pharma graph.</summary>
    public const string Pharma = "pharma";
}
