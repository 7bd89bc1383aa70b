using Sermo.Api.Auth;
using Sermo.Api.Schemas.Pharma;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Partner;

namespace Sermo.Tests.Pharma;

/// <summary>Pharma tokens and clients of <c>/pharma/graphql</c> for the tests.</summary>
public static class PharmaCallers
{
    public const string Company = "Test Pharma Ltd";

    /// <summary>A pharma token for a company, covering every class unless some are named.</summary>
    public static string Token(SermoServer server, params string[] drugClasses)
    {
        var claims = new Dictionary<string, string> { [SermoClaims.Company] = Company };
        if (drugClasses.Length > 0)
            claims[SermoClaims.DrugClass] = string.Join(",", drugClasses);
        return server.IssueToken("bi-tool", [SermoRoles.Pharma], claims);
    }

    /// <summary>A pharma token naming no company.</summary>
    public static string TokenWithoutCompany(SermoServer server) => server.IssueToken("bi-tool", SermoRoles.Pharma);

    public static GraphClient Client(SermoServer server, string? token) => new(server, token, PharmaSchema.Path);
}
