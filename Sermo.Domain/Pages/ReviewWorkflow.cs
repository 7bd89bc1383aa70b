namespace Sermo.Domain.Pages;

/// <summary>The transitions shared by a Page's revisions and its posts.</summary>
internal static class ReviewWorkflow
{
    /// <summary>New content may be written over a draft, a revision sent back, or an approved one (the approval then no
    /// longer counts: it named the old content); not while reviewers have it, and never over published or archived content.</summary>
    public static void EnsureEditable(ReviewState state, string what)
    {
        if (state is ReviewState.InReview or ReviewState.Published or ReviewState.Archived)
            throw Transition(what, state, "edited");
    }

    public static void EnsureState(ReviewState state, ReviewState required, string what, string action)
    {
        if (state != required)
            throw Transition(what, state, action);
    }

    /// <summary>Checks a decision on the version under review and returns the state it leads to. An author cannot
    /// review what they wrote: the identities are compared, not names.</summary>
    public static ReviewState Decide(
        ReviewState state, int currentRevision, EditorIdentity author, int revision, ReviewerIdentity reviewer, ReviewOutcome outcome, string? reason, string what)
    {
        EnsureState(state, ReviewState.InReview, what, "decided on");
        EnsureCurrent(currentRevision, revision, what);
        if (reviewer.IsAuthorOf(author))
            throw new DomainRuleException(DomainErrorCodes.SelfReview, $"The reviewer wrote revision {revision} of {what} and cannot review it.");
        return outcome switch
        {
            ReviewOutcome.Approved => ReviewState.Approved,
            ReviewOutcome.ChangesRequested when !string.IsNullOrWhiteSpace(reason) => ReviewState.ChangesRequested,
            ReviewOutcome.ChangesRequested => throw Guard.Invalid("Reason", "A reviewer who asks for changes must say why."),
            _ => throw Guard.Invalid("Outcome", $"Unknown review outcome {outcome}."),
        };
    }

    /// <summary>Only the exact content a reviewer approved can go live: the decision names the revision and the hash of
    /// its content, and both must match what is about to be published.</summary>
    public static void EnsurePublishable(IEnumerable<ReviewDecision> decisions, ReviewState state, int currentRevision, string currentHash, int revision, string what)
    {
        EnsureCurrent(currentRevision, revision, what);
        var approved = decisions.Any(d => d.Revision == revision && d.Outcome == ReviewOutcome.Approved && d.ContentHash == currentHash);
        if (!approved || state != ReviewState.Approved)
            throw new DomainRuleException(DomainErrorCodes.PageVersionNotApproved,
                $"Revision {revision} of {what} has no approval of its content from a reviewer, so it cannot go live.");
    }

    public static void EnsureCurrent(int currentRevision, int revision, string what)
    {
        if (revision != currentRevision)
            throw new DomainRuleException(DomainErrorCodes.PageRevisionMismatch,
                $"Revision {revision} is not the current revision of {what} (that is {currentRevision}).", "Revision");
    }

    public static DomainRuleException Transition(string what, ReviewState state, string action) =>
        new(DomainErrorCodes.InvalidStateTransition, $"{what} is {state} and cannot be {action}.");
}
