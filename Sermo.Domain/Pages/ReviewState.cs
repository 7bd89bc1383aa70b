namespace Sermo.Domain.Pages;

/// <summary>The regulatory (medical-legal-regulatory) workflow that Page content and posts go through.</summary>
public enum ReviewState
{
    Draft = 0,
    InReview = 1,
    Approved = 2,
    Published = 3,
    Archived = 4,
}
