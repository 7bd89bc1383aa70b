namespace Sermo.Domain.Physicians;

/// <summary>Where a member stands in the credential check; only <see cref="Verified"/> members take part.</summary>
public enum PhysicianStatus
{
    /// <summary>Applied; one or more of the three stages still to pass.</summary>
    Applicant = 0,
    Verified = 1,
    /// <summary>A stage failed: the application is closed.</summary>
    Rejected = 2,
    /// <summary>Was verified; taken out of the community (for example a lapsed licence).</summary>
    Suspended = 3,
}
