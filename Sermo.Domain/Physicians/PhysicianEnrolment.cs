namespace Sermo.Domain.Physicians;

/// <summary>A new member: the public profile and, stored apart, the private details it was created from.</summary>
public sealed record PhysicianEnrolment(Physician Physician, PhysicianPrivateDetails PrivateDetails);
