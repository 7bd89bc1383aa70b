namespace Sermo.Domain.Cases;

public enum ResponseKind
{
    /// <summary>A colleague asks the author for more detail.</summary>
    FollowUpQuestion = 1,
    /// <summary>The author answers follow-up questions.</summary>
    AuthorAnswer = 2,
    /// <summary>A colleague's advice.</summary>
    Advice = 3,
    /// <summary>A concrete course of action that members vote on.</summary>
    ProposedAction = 4,
}
