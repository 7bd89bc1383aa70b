namespace Sermo.Domain.Pages;

/// <summary>Which content may go to review as it stands.</summary>
internal static class PromotionalRules
{
    public static void EnsureReviewable(ContentKind kind, string? importantSafetyInformation, string what)
    {
        if (kind == ContentKind.ProductClaim && string.IsNullOrWhiteSpace(importantSafetyInformation))
            throw new DomainRuleException(DomainErrorCodes.SafetyInformationRequired,
                $"{what} makes product claims, so it must carry Important Safety Information; a reminder ad (brand name only) need not.");
    }
}
