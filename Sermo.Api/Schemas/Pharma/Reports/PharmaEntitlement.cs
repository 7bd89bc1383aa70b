using System.Security.Claims;
using Sermo.Api.Auth;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>What a pharma token's subscription covers, read from its claims only: the client company (required for
/// any report) and, optionally, the drug classes (by id or ATC code; none named: every class). Whether a report is
/// covered is asked with the classes of its subject (<see cref="Covers"/>).</summary>
public sealed class PharmaEntitlement
{
    private PharmaEntitlement(string? company, IReadOnlySet<string>? classKeys)
    {
        Company = company;
        ClassKeys = classKeys;
    }

    /// <summary>The client company the token names; null when it names none (then nothing is covered).</summary>
    public string? Company { get; }

    /// <summary>The class ids or ATC codes the subscription covers, compared without case; null: every class.</summary>
    public IReadOnlySet<string>? ClassKeys { get; }

    public bool HasCompany => Company is not null;

    /// <summary>Every class is covered (a company and no <c>drug-class</c> claim).</summary>
    public bool CoversEveryClass => HasCompany && ClassKeys is null;

    public static PharmaEntitlement Of(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || !user.HasClaim(SermoClaims.Role, SermoRoles.Pharma))
            return new PharmaEntitlement(null, new HashSet<string>());
        var company = user.FindFirst(SermoClaims.Company)?.Value.Trim();
        var keys = user.FindAll(SermoClaims.DrugClass)
            .SelectMany(claim => claim.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new PharmaEntitlement(string.IsNullOrEmpty(company) ? null : company, keys.Count == 0 ? null : keys);
    }

    /// <summary>Whether a class (its id and ATC code) is one the subscription covers.</summary>
    public bool CoversClass(Guid classId, string? atcCode) =>
        HasCompany && (ClassKeys is null || ClassKeys.Contains(classId.ToString()) || ClassKeys.Contains(classId.ToString("N"))
            || atcCode is not null && ClassKeys.Contains(atcCode));

    /// <summary>A stable text of what is covered, for the downloads' ETag: two tokens covering the same classes share
    /// cached copies; a token covering others does not.</summary>
    public string Fingerprint => ClassKeys is null ? "*" : string.Join(",", ClassKeys.Select(k => k.ToUpperInvariant()).Order(StringComparer.Ordinal));
}
