namespace Sermo.Domain.Pages;

/// <summary>Where a revision of a Page (or a post) stands in the regulatory (medical-legal-regulatory) workflow.</summary>
public enum ReviewState
{
    Draft = 0,
    InReview = 1,
    Approved = 2,
    Published = 3,
    /// <summary>Taken down: the Page was archived, or a newer revision went live in its place.</summary>
    Archived = 4,
    /// <summary>A reviewer sent it back with reasons; the next edit starts a new draft.</summary>
    ChangesRequested = 5,
}
