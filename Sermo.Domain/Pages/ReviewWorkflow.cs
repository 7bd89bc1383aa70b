namespace Sermo.Domain.Pages;

/// <summary>The transitions shared by a Page's staging content and its posts.</summary>
internal static class ReviewWorkflow
{
    /// <summary>New content may be written unless it is with the reviewers or archived.</summary>
    public static void EnsureEditable(ReviewState state, string what)
    {
        if (state is ReviewState.InReview or ReviewState.Archived)
            throw Transition(what, state, "edited");
    }

    public static void EnsureState(ReviewState state, ReviewState required, string what, string action)
    {
        if (state != required)
            throw Transition(what, state, action);
    }

    /// <summary>Checks a decision against the version under review and returns the state it leads to.</summary>
    public static ReviewState Decide(
        ReviewState state, int currentRevision, string revisionAuthor, int revision, string reviewer, ReviewOutcome outcome, string? reason, string what)
    {
        EnsureState(state, ReviewState.InReview, what, "decided on");
        EnsureCurrent(currentRevision, revision, what);
        if (string.Equals(reviewer, revisionAuthor, StringComparison.OrdinalIgnoreCase))
            throw Guard.Invalid($"{reviewer} wrote revision {revision} of {what} and cannot review it.");
        return outcome switch
        {
            ReviewOutcome.Approved => ReviewState.Approved,
            ReviewOutcome.ChangesRequested when !string.IsNullOrWhiteSpace(reason) => ReviewState.Draft,
            ReviewOutcome.ChangesRequested => throw Guard.Invalid("A reviewer who asks for changes must say why."),
            _ => throw Guard.Invalid($"Unknown review outcome {outcome}."),
        };
    }

    /// <summary>Only the exact revision a reviewer approved can go live.</summary>
    public static void EnsurePublishable(IEnumerable<ReviewDecision> decisions, ReviewState state, int currentRevision, int revision, string what)
    {
        EnsureCurrent(currentRevision, revision, what);
        var approved = decisions.Any(d => d.Revision == revision && d.Outcome == ReviewOutcome.Approved);
        if (!approved || state != ReviewState.Approved)
            throw new DomainRuleException(DomainErrorCodes.PageVersionNotApproved,
                $"Revision {revision} of {what} has no approval from a reviewer, so it cannot go live.");
    }

    private static void EnsureCurrent(int currentRevision, int revision, string what)
    {
        if (revision != currentRevision)
            throw new DomainRuleException(DomainErrorCodes.PageRevisionMismatch,
                $"Revision {revision} is not the current revision of {what} (that is {currentRevision}).");
    }

    private static DomainRuleException Transition(string what, ReviewState state, string action) =>
        new(DomainErrorCodes.InvalidStateTransition, $"{what} is {state} and cannot be {action}.");
}
