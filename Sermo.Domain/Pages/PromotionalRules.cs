using System.Text.RegularExpressions;

namespace Sermo.Domain.Pages;

/// <summary>
/// Which content may go to review as it stands. Branded content names its brand. A reminder ad names the brand without
/// efficacy or safety claims; content with claims is <see cref="ContentKind.ProductClaim"/> and must carry Important
/// Safety Information. Unbranded content names no brand. Claims are found by wording (a first pass for the editor:
/// the reviewer still reads everything).
/// </summary>
internal static partial class PromotionalRules
{
    public static void EnsureReviewable(ContentKind kind, string? brandName, string? importantSafetyInformation, IEnumerable<(string Field, string? Text)> texts, string what)
    {
        var findings = new List<PromotionalFinding>();
        if (kind != ContentKind.Unbranded && brandName is null)
            findings.Add(new(DomainErrorCodes.BrandNameRequired, "Brand name", $"{what} is branded ({kind}), so it must name its brand."));
        if (kind == ContentKind.Unbranded && brandName is not null)
            findings.Add(new(DomainErrorCodes.InvalidArgument, "Brand name", $"{what} is unbranded but names the brand '{brandName}'; submit it as a reminder ad or with product claims."));
        if (kind == ContentKind.ProductClaim && string.IsNullOrWhiteSpace(importantSafetyInformation))
            findings.Add(new(DomainErrorCodes.SafetyInformationRequired, "Important Safety Information",
                $"{what} makes product claims, so it must carry Important Safety Information; a reminder ad (brand name only) need not."));
        if (kind == ContentKind.ReminderAd)
        {
            foreach (var (field, text) in texts)
            {
                if (text is null)
                    continue;
                foreach (var (claim, pattern) in Claims)
                {
                    if (pattern.Match(text) is { Success: true } match)
                        findings.Add(new(DomainErrorCodes.ClaimInReminderAd, field,
                            $"{field} makes a {claim} claim (\"{match.Value}\"); a reminder ad names the brand without efficacy or safety claims. Remove it, or submit the content with product claims and Important Safety Information."));
                }
            }
        }
        if (findings.Count > 0)
            throw new PromotionalContentException(findings);
    }

    private static readonly (string Claim, Regex Pattern)[] Claims = [("efficacy", EfficacyClaim()), ("safety", SafetyClaim())];

    [GeneratedRegex(@"\b(reduc(e|es|ed|ing)|lower(s|ed|ing)?|improv(e|es|ed|ing)|cur(e|es|ed)|prevent(s|ed)?|effective(ness)?|efficacy|efficacious|superior|proven|clinically (shown|proven)|significant(ly)?|benefit(s)?|relie(f|ves?))\b|\b\d+(\.\d+)?\s?%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EfficacyClaim();

    [GeneratedRegex(@"\b(safe(ly|r|st)?|safety|well[- ]tolerated|tolerab(le|ility)|no (known )?side[- ]effects?|fewer side[- ]effects?|low risk|risk[- ]free|non[- ]addictive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafetyClaim();
}
