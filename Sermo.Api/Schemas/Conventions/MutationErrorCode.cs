using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>Why a mutation refused its input: one value per rule of the domain (<c>Sermo.Domain.DomainErrorCodes</c>,
/// same spelling) and the few the API adds. A test keeps the two lists in step.</summary>
[GraphQLDescription("Why a mutation refused its input.")]
public enum MutationErrorCode
{
    [GraphQLDescription("A value is missing, too long, out of range or not one of the accepted values.")]
    InvalidArgument,
    [GraphQLDescription("The object is not in a state that allows this change.")]
    InvalidStateTransition,
    [GraphQLDescription("Only verified members take part; the caller's membership is not (or no longer) verified.")]
    PhysicianNotVerified,
    [GraphQLDescription("Private details are shown and changed only by the member and staff.")]
    PrivateDetailsRefused,
    [GraphQLDescription("A credential stage was decided before the stage it depends on.")]
    CredentialStageOutOfOrder,
    [GraphQLDescription("The agency holds no mandate for that organisation.")]
    AgencyNotMandated,
    [GraphQLDescription("That Page version has not been approved.")]
    PageVersionNotApproved,
    [GraphQLDescription("The Page changed since the revision named.")]
    PageRevisionMismatch,
    [GraphQLDescription("Branded content with claims needs Important Safety Information.")]
    SafetyInformationRequired,
    [GraphQLDescription("The file is not a PNG, JPEG or WebP image, whatever its name or declared type says.")]
    UnsupportedImageType,
    [GraphQLDescription("The image is larger than 5 MB.")]
    ImageTooLarge,
    [GraphQLDescription("The image's width or height is outside 16 to 8192 pixels, or it has more than 40 megapixels.")]
    ImageDimensionsOutOfRange,
    [GraphQLDescription("The file claims to be an image but cannot be decoded whole (truncated or damaged).")]
    ImageCorrupt,
    [GraphQLDescription("The content names an image that is not an uploaded image of the Page's organisation (the path says which).")]
    ImageNotFound,
    [GraphQLDescription("Branded content (a reminder ad or product claims) must name its brand.")]
    BrandNameRequired,
    [GraphQLDescription("A reminder ad makes an efficacy or safety claim; the message quotes it and the path says where.")]
    ClaimInReminderAd,
    [GraphQLDescription("The reviewer reviews for another organisation.")]
    ReviewerNotOfOrganisation,
    [GraphQLDescription("The reviewer wrote the revision and cannot review it.")]
    SelfReview,
    [GraphQLDescription("Staff suspended the Page; nothing of it is published until it is reinstated.")]
    PageSuspended,
    [GraphQLDescription("The Page is not live (or the post not published), so members cannot engage with it.")]
    PageNotLive,
    [GraphQLDescription("Another Page of the organisation, or a Page that has gone live, has that slug.")]
    PageSlugTaken,
    [GraphQLDescription("Text carries something that could identify a patient; the message says what and where.")]
    PatientIdentifierFound,
    [GraphQLDescription("The case is solved and takes no more responses or votes.")]
    CaseSolved,
    [GraphQLDescription("Only the case's author may do this.")]
    NotCaseAuthor,
    [GraphQLDescription("Only a proposed course of action can be voted on.")]
    NotAProposedAction,
    [GraphQLDescription("The member has already voted.")]
    AlreadyVoted,
    [GraphQLDescription("The poll is not open yet.")]
    PollNotOpen,
    [GraphQLDescription("The poll has closed.")]
    PollClosed,
    [GraphQLDescription("The poll is not open to members in the caller's country.")]
    PollCountryNotTargeted,
    [GraphQLDescription("The drug is not listed for that indication.")]
    IndicationNotListed,
    [GraphQLDescription("Only the current rating can be changed.")]
    RatingNotCurrent,
    [GraphQLDescription("Someone changed the same object at the same moment; read it again and retry.")]
    ConcurrentChange,
    [GraphQLDescription("Nothing the caller may see has that id.")]
    NotFound,
}
