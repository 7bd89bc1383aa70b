namespace Sermo.Domain.Privacy;

/// <summary>Who asks for a member's private details, as the private-details rule sees them: the member they are
/// (if any) and whether they are the community team.</summary>
public sealed record PrivateDetailsCaller(Guid? PhysicianId, bool IsStaff)
{
    public static PrivateDetailsCaller Staff { get; } = new(null, true);

    public static PrivateDetailsCaller Member(Guid physicianId) => new(physicianId, false);

    /// <summary>The rule itself: a member reads their own, staff read anyone's, nobody else reads any.</summary>
    public bool MayRead(Guid physicianId) => IsStaff || PhysicianId == physicianId;
}
