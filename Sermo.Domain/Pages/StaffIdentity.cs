namespace Sermo.Domain.Pages;

/// <summary>A member of the community team (the token's subject), who may suspend and reinstate any Page.</summary>
public sealed record StaffIdentity
{
    private StaffIdentity() { }

    public string StaffId { get; private init; } = "";

    public static StaffIdentity Of(string staffId) => new() { StaffId = Guard.Text(staffId, "Staff member", 200) };
}
