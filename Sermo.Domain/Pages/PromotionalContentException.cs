namespace Sermo.Domain.Pages;

/// <summary>Content refused on submission, with every finding (which claim, in which field), so an editor can fix them
/// all at once. The first finding is also the exception's own code and field.</summary>
public sealed class PromotionalContentException(IReadOnlyList<PromotionalFinding> findings)
    : DomainRuleException(findings[0].Code, string.Join(" ", findings.Select(f => f.Message)), findings[0].Field)
{
    public IReadOnlyList<PromotionalFinding> Findings { get; } = findings;
}
