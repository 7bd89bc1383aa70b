namespace Sermo.Domain.Pages;

/// <summary>How a member reacts to a Page post.</summary>
public enum ReactionKind
{
    Like = 1,
    Insightful = 2,
    Helpful = 3,
}
