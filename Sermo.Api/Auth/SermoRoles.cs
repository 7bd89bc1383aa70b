namespace Sermo.Api.Auth;

/// <summary>Roles a token can grant (the <c>role</c> claim; `docs/authorization.md` says what each may see and do).</summary>
public static class SermoRoles
{
    /// <summary>A member of the network (the subject is the physician's id); what an agency frontend or app sends when
    /// acting for a signed-in physician.</summary>
    public const string Physician = "physician";

    /// <summary>An agency acting for the organisations its mandates cover.</summary>
    public const string Agency = "agency";

    /// <summary>An organisation's medical-legal-regulatory reviewer.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>The community team: verifies credentials, runs polls.</summary>
    public const string Staff = "staff";

    /// <summary>A pharma BI client: may read the aggregated rating reports of the pharma graph.</summary>
    public const string Pharma = "pharma";

    /// <summary>Every role, in the order the authorization matrix lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Physician, Agency, Reviewer, Staff, Pharma];
}
