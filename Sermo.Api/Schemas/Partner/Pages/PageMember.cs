namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary>A member and a Page (or a post): the key of the member's own follow or reaction.</summary>
public readonly record struct PageMember(Guid TargetId, Guid PhysicianId);
