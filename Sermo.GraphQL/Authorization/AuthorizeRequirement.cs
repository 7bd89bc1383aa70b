namespace Sermo.GraphQL.Authorization;

/// <summary>What a caller needs to read a field: any one of <see cref="Roles"/> (when there are any) and the named
/// <see cref="Policy"/> (when there is one). Declared on fields, object types and interfaces; a field's requirements
/// are all that apply to it (its type's, its interfaces', its own), and every one must pass.</summary>
public sealed record AuthorizeRequirement
{
    /// <summary>What a caller of a field with an empty role list is told: such a list would silently mean "any
    /// authenticated caller", which is never what a list of roles was written for.</summary>
    public const string EmptyRolesMessage = "The role list is empty: use Authorize() for any authenticated caller, or name at least one role.";

    /// <param name="roles">Any one of these roles (null: no role is asked for); an empty list is refused.</param>
    /// <param name="policy">A named policy, or null.</param>
    public AuthorizeRequirement(IReadOnlyList<string>? roles = null, string? policy = null)
    {
        if (roles is { Count: 0 })
            throw new ArgumentException(EmptyRolesMessage, nameof(roles));
        Roles = roles is null ? [] : [.. roles];
        Policy = string.IsNullOrWhiteSpace(policy) ? null : policy;
        foreach (var role in Roles)
            ArgumentException.ThrowIfNullOrWhiteSpace(role, nameof(roles));
    }

    /// <summary>The caller must be in at least one of these roles; empty when no role is asked for.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>A policy the host evaluates (resource-based policies see the field's parent object).</summary>
    public string? Policy { get; }

    /// <summary>Only an authenticated caller: no role, no policy.</summary>
    public bool IsAuthenticatedOnly => Roles.Count == 0 && Policy is null;

    public static AuthorizeRequirement Authenticated { get; } = new();

    public static AuthorizeRequirement ForRoles(params string[] roles) => new(roles);

    public static AuthorizeRequirement ForPolicy(string policy) => new(policy: policy);

    /// <summary><c>roles: a|b</c>, <c>policy: self</c>, both, or <c>authenticated</c>: how the field-by-role matrix names it.</summary>
    public override string ToString()
    {
        if (IsAuthenticatedOnly)
            return "authenticated";
        var parts = new List<string>(2);
        if (Roles.Count > 0)
            parts.Add("roles: " + string.Join('|', Roles));
        if (Policy is not null)
            parts.Add("policy: " + Policy);
        return string.Join(", ", parts);
    }

    public bool Equals(AuthorizeRequirement? other) =>
        other is not null && Policy == other.Policy && Roles.SequenceEqual(other.Roles, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Policy, Roles.Count == 0 ? null : Roles[0]);
}
