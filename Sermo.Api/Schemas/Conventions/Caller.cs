using System.Security.Claims;
using Sermo.Api.Auth;
using Sermo.Domain.Privacy;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>Who is calling, as the graphs' rules need it, read from the bearer token's claims only (no database):
/// the roles, the member a <c>physician</c> token acts for, the agency or organisation an <c>agency</c> or
/// <c>reviewer</c> token names. Whether that member is verified is asked of <see cref="CallerMembership"/>.
/// Resolvers take it as a parameter (<see cref="CallerInjector"/>).</summary>
public sealed class Caller
{
    public static Caller Anonymous { get; } = new(new ClaimsPrincipal(new ClaimsIdentity()));

    public Caller(ClaimsPrincipal? user)
    {
        User = user ?? new ClaimsPrincipal(new ClaimsIdentity());
        IsAuthenticated = User.Identity?.IsAuthenticated == true;
        Subject = IsAuthenticated ? User.FindFirst(SermoClaims.Subject)?.Value : null;
        IsStaff = HasRole(SermoRoles.Staff);
        // The subject of a physician token is the member's id as stored; any other subject acts for no member.
        PhysicianId = HasRole(SermoRoles.Physician) && Guid.TryParse(Subject, out var id) ? id : null;
        AgencyId = HasRole(SermoRoles.Agency) && Guid.TryParse(User.FindFirst(SermoClaims.Agency)?.Value, out var agency) ? agency : null;
        OrganisationId = HasRole(SermoRoles.Reviewer) && Guid.TryParse(User.FindFirst(SermoClaims.Organisation)?.Value, out var organisation) ? organisation : null;
    }

    public ClaimsPrincipal User { get; }
    public bool IsAuthenticated { get; }
    public string? Subject { get; }
    public bool IsStaff { get; }

    /// <summary>The member a <c>physician</c> token acts for; null for every other caller.</summary>
    public Guid? PhysicianId { get; }

    /// <summary>The agency an <c>agency</c> token acts as (its <c>agency</c> claim).</summary>
    public Guid? AgencyId { get; }

    /// <summary>The organisation a <c>reviewer</c> token reviews for (its <c>organisation</c> claim).</summary>
    public Guid? OrganisationId { get; }

    public bool HasRole(string role) => IsAuthenticated && User.HasClaim(SermoClaims.Role, role);

    /// <summary>The caller as the private-details rule sees it.</summary>
    public PrivateDetailsCaller ForPrivateDetails() => new(PhysicianId, IsStaff);
}
