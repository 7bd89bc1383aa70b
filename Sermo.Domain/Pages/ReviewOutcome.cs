namespace Sermo.Domain.Pages;

public enum ReviewOutcome
{
    Approved = 1,
    /// <summary>Back to draft with the reviewer's reasons.</summary>
    ChangesRequested = 2,
}
