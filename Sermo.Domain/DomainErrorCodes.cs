namespace Sermo.Domain;

/// <summary>The codes a <see cref="DomainRuleException"/> can carry.</summary>
public static class DomainErrorCodes
{
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidStateTransition = "INVALID_STATE_TRANSITION";

    public const string PhysicianNotVerified = "PHYSICIAN_NOT_VERIFIED";
    /// <summary>Private details asked for by someone who is neither the member nor staff.</summary>
    public const string PrivateDetailsRefused = "PRIVATE_DETAILS_REFUSED";
    public const string CredentialStageOutOfOrder = "CREDENTIAL_STAGE_OUT_OF_ORDER";

    public const string AgencyNotMandated = "AGENCY_NOT_MANDATED";

    public const string PageVersionNotApproved = "PAGE_VERSION_NOT_APPROVED";
    public const string PageRevisionMismatch = "PAGE_REVISION_MISMATCH";
    public const string SafetyInformationRequired = "SAFETY_INFORMATION_REQUIRED";
    public const string BrandNameRequired = "BRAND_NAME_REQUIRED";
    public const string ClaimInReminderAd = "CLAIM_IN_REMINDER_AD";
    public const string ReviewerNotOfOrganisation = "REVIEWER_NOT_OF_ORGANISATION";
    /// <summary>A reviewer deciding on a revision they wrote themselves.</summary>
    public const string SelfReview = "SELF_REVIEW";
    public const string PageSuspended = "PAGE_SUSPENDED";
    public const string PageNotLive = "PAGE_NOT_LIVE";
    /// <summary>A slug held by another Page of the organisation, or by a Page that has gone live (<see cref="Pages.PageAddress"/>).</summary>
    public const string PageSlugTaken = "PAGE_SLUG_TAKEN";

    public const string UnsupportedImageType = "UNSUPPORTED_IMAGE_TYPE";
    public const string ImageTooLarge = "IMAGE_TOO_LARGE";
    public const string ImageDimensionsOutOfRange = "IMAGE_DIMENSIONS_OUT_OF_RANGE";
    public const string ImageCorrupt = "IMAGE_CORRUPT";
    /// <summary>Content names an image that is not an uploaded image of the Page's organisation.</summary>
    public const string ImageNotFound = "IMAGE_NOT_FOUND";

    public const string PatientIdentifierFound = "PATIENT_IDENTIFIER_FOUND";
    public const string CaseSolved = "CASE_SOLVED";
    public const string NotCaseAuthor = "NOT_CASE_AUTHOR";
    public const string NotAProposedAction = "NOT_A_PROPOSED_ACTION";
    public const string AlreadyVoted = "ALREADY_VOTED";

    public const string PollNotOpen = "POLL_NOT_OPEN";
    public const string PollClosed = "POLL_CLOSED";
    public const string PollCountryNotTargeted = "POLL_COUNTRY_NOT_TARGETED";

    public const string IndicationNotListed = "INDICATION_NOT_LISTED";
    public const string RatingNotCurrent = "RATING_NOT_CURRENT";
}
