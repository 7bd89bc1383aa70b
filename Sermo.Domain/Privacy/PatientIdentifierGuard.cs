using System.Text.RegularExpressions;

namespace Sermo.Domain.Privacy;

/// <summary>
/// Finds patient identifiers in free text (the HIPAA Safe Harbor kinds that text can carry). It leans towards
/// refusing: the author can always rephrase ("in March", "90+", "the patient's clinic"), while a leaked
/// identifier cannot be taken back. Clinical notation (blood pressure 120/80, pain 7/10, doses, counts,
/// month and year) must pass.
/// </summary>
public static partial class PatientIdentifierGuard
{
    private const int TimeoutMs = 250;

    /// <summary>The detectors in priority order: where two overlap, the earlier one names the finding.</summary>
    private static readonly (PatientIdentifierKind Kind, Regex Pattern, Func<Match, bool>? Accept)[] Detectors =
    [
        (PatientIdentifierKind.EmailAddress, Email(), null),
        (PatientIdentifierKind.MedicalRecordNumber, MedicalRecordNumber(), null),
        (PatientIdentifierKind.SocialSecurityNumber, SocialSecurityNumber(), null),
        (PatientIdentifierKind.FaxNumber, FaxNumber(), null),
        (PatientIdentifierKind.PhoneNumber, LabelledPhoneNumber(), null),
        (PatientIdentifierKind.PhoneNumber, PhoneNumber(), null),
        (PatientIdentifierKind.ExactDate, NumericDate(), IsPlausibleNumericDate),
        (PatientIdentifierKind.ExactDate, IsoDate(), IsPlausibleIsoDate),
        (PatientIdentifierKind.ExactDate, DayMonthDate(), null),
        (PatientIdentifierKind.ExactDate, MonthDayDate(), null),
        (PatientIdentifierKind.IdNumber, LabelledIdNumber(), null),
        (PatientIdentifierKind.IdNumber, LongDigitRun(), null),
        (PatientIdentifierKind.StreetAddress, StreetAddress(), null),
        (PatientIdentifierKind.StreetAddress, PostBox(), null),
        (PatientIdentifierKind.AgeOver89, AgeInYears(), null),
        (PatientIdentifierKind.AgeOver89, AgedNumber(), null),
    ];

    /// <summary>Every identifier found in one field, in text order.</summary>
    public static IReadOnlyList<IdentifierFinding> Scan(string field, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var findings = new List<IdentifierFinding>();
        foreach (var (kind, pattern, accept) in Detectors)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (accept is not null && !accept(match))
                    continue;
                if (findings.Any(f => match.Index < f.Index + f.Length && f.Index < match.Index + match.Length))
                    continue;
                findings.Add(new IdentifierFinding(kind, field, match.Index, match.Length));
            }
        }
        findings.Sort((a, b) => a.Index.CompareTo(b.Index));
        return findings;
    }

    /// <summary>Throws a <see cref="PatientIdentifierException"/> listing every finding across the fields.</summary>
    public static void EnsureNone(params ReadOnlySpan<(string Field, string? Text)> fields)
    {
        List<IdentifierFinding>? all = null;
        foreach (var (field, text) in fields)
        {
            var found = Scan(field, text);
            if (found.Count > 0)
                (all ??= []).AddRange(found);
        }
        if (all is not null)
            throw new PatientIdentifierException(all);
    }

    private static bool IsPlausibleNumericDate(Match match)
    {
        var first = int.Parse(match.Groups["a"].Value);
        var second = int.Parse(match.Groups["b"].Value);
        // Either day/month or month/day order.
        return first >= 1 && second >= 1 && ((first <= 31 && second <= 12) || (first <= 12 && second <= 31));
    }

    private static bool IsPlausibleIsoDate(Match match)
    {
        var month = int.Parse(match.Groups["m"].Value);
        var day = int.Parse(match.Groups["d"].Value);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    private const string Months =
        "(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}", Options, TimeoutMs)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:MRN|medical\s+record(?:\s+(?:number|no\.?|\#))?|med\.?\s+rec\.?(?:\s+(?:no\.?|\#))?|chart\s+(?:number|no\.?|\#)|hospital\s+(?:number|no\.?)|patient\s+(?:id|number|no\.?))\s*[:\#]?\s*(?:is\s+)?[A-Z]{0,4}-?\d[\dA-Z-]{2,}", Options, TimeoutMs)]
    private static partial Regex MedicalRecordNumber();

    [GeneratedRegex(@"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|\#))?)\s*[:\#]?\s*\d[\d\s-]{7,10}\d", Options, TimeoutMs)]
    private static partial Regex SocialSecurityNumber();

    [GeneratedRegex(@"\bfax(?:ed)?\b[^\d\n]{0,30}?\+?\(?\d[\d\s().-]{5,}\d", Options, TimeoutMs)]
    private static partial Regex FaxNumber();

    [GeneratedRegex(@"\b(?:phone|tel|telephone|mobile|cell|call|contact|reach)(?:\s*(?:number|no\.?|\#))?\s*[:\#]?\s*(?:him\s+|her\s+|them\s+)?(?:on\s+|at\s+)?\+?\(?\d[\d\s().-]{5,}\d", Options, TimeoutMs)]
    private static partial Regex LabelledPhoneNumber();

    [GeneratedRegex(@"\(\d{3}\)\s?\d{3}[\s.-]\d{4}(?!\d)|(?<![\d.])\d{3}([.-])\d{3}\1\d{4}(?!\d)(?!\.\d)|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\d)", Options, TimeoutMs)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?:\d{4}|\d{2})(?![\d/-])(?![.]\d)", Options, TimeoutMs)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d/.-])\d{4}(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d/-])(?![.]\d)", Options, TimeoutMs)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Months + @"\b\.?(?:,?\s+\d{4})?", Options, TimeoutMs)]
    private static partial Regex DayMonthDate();

    [GeneratedRegex(@"\b" + Months + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:mg|ml|mcg|g|kg|h|hours?|days?|weeks?|%))(?:,?\s+\d{4})?", Options, TimeoutMs)]
    private static partial Regex MonthDayDate();

    [GeneratedRegex(@"\b(?:passport|driver'?s?\s+licen[cs]e|licen[cs]e|insurance|policy|member|NHS|national\s+id|ID)(?:\s*(?:number|no\.?|\#|ID))?\s*[:\#]?\s*(?:is\s+)?[A-Z]{0,3}-?\d[\dA-Z-]{4,}", Options, TimeoutMs)]
    private static partial Regex LabelledIdNumber();

    [GeneratedRegex(@"(?<![\d.,])\d{8,}(?!\d)(?![.,]\d)", Options, TimeoutMs)]
    private static partial Regex LongDigitRun();

    [GeneratedRegex(@"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Highway|Hwy|Parkway|Pkwy|Square|Sq)\b\.?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"\bP\.?\s?O\.?\s+Box\s+\d+", Options, TimeoutMs)]
    private static partial Regex PostBox();

    [GeneratedRegex(@"\b(?:9\d|1[0-4]\d)(?:\s*-\s*|\s+)?(?:years?|yrs?|y/o|yo)\b(?:[\s-]*old)?", Options, TimeoutMs)]
    private static partial Regex AgeInYears();

    [GeneratedRegex(@"\b(?:aged?|age:)\s*(?:of\s+)?(?:9\d|1[0-4]\d)\b(?!\s*\+)", Options, TimeoutMs)]
    private static partial Regex AgedNumber();
}
