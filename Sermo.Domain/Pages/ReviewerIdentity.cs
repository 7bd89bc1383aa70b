namespace Sermo.Domain.Pages;

/// <summary>Who decided on a revision: a medical-legal-regulatory reviewer (the token's subject) of one organisation.
/// Reviewers decide only on their own organisation's content, and never on a revision they wrote themselves.</summary>
public sealed record ReviewerIdentity
{
    private ReviewerIdentity() { }

    public Guid OrganisationId { get; private init; }
    /// <summary>The reviewer, as the token issuer names them (its subject).</summary>
    public string ReviewerId { get; private init; } = "";

    /// <param name="organisationId">The organisation the reviewer's credentials name (the token's claim), never one taken
    /// from the content under review: the Page then checks it is its own (<c>REVIEWER_NOT_OF_ORGANISATION</c>).</param>
    public static ReviewerIdentity Of(Guid organisationId, string reviewerId) =>
        new()
        {
            OrganisationId = organisationId != Guid.Empty ? organisationId : throw Guard.Invalid("Organisation", "A reviewer reviews for an organisation."),
            ReviewerId = Guard.Text(reviewerId, "Reviewer", 200),
        };

    /// <summary>Whether this reviewer is the person who wrote the revision: the same subject of the same issuer,
    /// compared exactly (identities, not display names).</summary>
    public bool IsAuthorOf(EditorIdentity editor) => string.Equals(ReviewerId, editor.Person, StringComparison.Ordinal);

    internal void EnsureReviewsFor(Guid organisationId)
    {
        if (OrganisationId != organisationId)
            throw new DomainRuleException(DomainErrorCodes.ReviewerNotOfOrganisation, "The reviewer reviews for another organisation.");
    }
}
