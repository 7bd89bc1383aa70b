namespace Sermo.Api.Auth;

/// <summary>The claim types Sermo tokens carry (short JWT names, never mapped to the long SOAP URIs).
/// <c>docs/authorization.md</c> lists which claims the graphs read.</summary>
public static class SermoClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";

    /// <summary>On an <c>agency</c> token: the agency's id (the mandates it holds decide which organisations it acts for).</summary>
    public const string Agency = "agency";

    /// <summary>On a <c>reviewer</c> token: the id of the organisation whose content the reviewer reviews.</summary>
    public const string Organisation = "organisation";

    /// <summary>On a <c>pharma</c> token: the client company (its name or id); the pharma reports require it.</summary>
    public const string Company = "company";

    /// <summary>On a <c>pharma</c> token, optional and repeatable (or comma-separated): a drug class the company's
    /// subscription covers, by id or ATC code. Without any, every class is covered.</summary>
    public const string DrugClass = "drug-class";
}
