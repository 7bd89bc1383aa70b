using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary><c>Physician</c>: the public profile every verified member sees (an anonymous member's practice widened by
/// <see cref="ProfileGeneralisation"/>), the membership state the member and staff see, private details through
/// <see cref="PrivateDetailsReader"/> and credential checks for staff. The legal name, contact and licence are not
/// members of <see cref="Physician"/> at all; nothing here can expose them by accident.</summary>
public sealed class PhysicianType : ObjectTypeConfiguration<Physician>
{
    public override void Configure(ObjectTypeDescriptor<Physician> type)
    {
        type.Description("A member of the network, as the caller may see them. About 90% of members are anonymous: others see a pseudonym, never a real name.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(p => p.DisplayName).Description("The professional name of a named member, the pseudonym of an anonymous one.");
        type.Field("pseudonym").Type("String")
            .Description("The name chosen at joining: unique, never changes. Shown to others only for anonymous members (beside a real name it " +
                "would link the two); the member and staff always see it.")
            .ResolveWith(([Parent] Physician p, Caller caller) => ProfileShownToCaller.SeesAsStored(caller, p) ? p.Pseudonym : ProfileDisclosure.PseudonymShownToOthers(p));
        type.Field(p => p.IsAnonymous).Name("anonymous").Description("Whether the member hides their real name.");
        type.Field("practice").Type("Practice!")
            .Description("Specialty and country: exact to the member and staff and for named members; widened for an anonymous member where they would single them out.")
            .ResolveWith(ShownPracticeAsync);
        type.Field("yearsInPractice").Type("String!")
            .Description("Years in practice as a band (\"0-4\", \"5-9\", \"10-19\", \"20-29\", \"30+\"), never the exact number.")
            .ResolveWith(([Parent] Physician p) => YearsInPracticeBands.Of(p.YearsInPractice).Label());
        type.Field("languages").Type("[String!]")
            .Description("Languages the member works in (ISO 639-1). Null to others for an anonymous member (a rare language narrows them); " +
                "the member and staff always see them.")
            .ResolveWith(([Parent] Physician p, Caller caller) => ProfileShownToCaller.SeesAsStored(caller, p) ? p.Languages : ProfileDisclosure.LanguagesShownToOthers(p));
        type.Field("joinedOn").Type("Date!")
            .Description("The day the member applied; to others, the first day of that month (the exact day narrows a member).")
            .ResolveWith(([Parent] Physician p, Caller caller) => DateShown(p.JoinedAt, p, caller));
        type.Field("verifiedOn").Type("Date")
            .Description("The day the credential check passed, null until it has; to others, the first day of that month.")
            .ResolveWith(([Parent] Physician p, Caller caller) => p.VerifiedAt is { } at ? DateShown(at, p, caller) : (DateOnly?)null);

        // Fields narrower than their type are nullable: a refusal nulls the field alone, not the whole profile.
        type.Field(p => p.Status).Type("PhysicianStatus").AuthorizePolicy(SermoPolicies.SelfOrStaff)
            .Description("Where the member stands in the credential check. The member and staff only.");
        type.Field("pendingCredentialStage").Type("CredentialStage").AuthorizePolicy(SermoPolicies.SelfOrStaff)
            .Description("The credential stage the application waits on; null once it is decided. The member and staff only.")
            .ResolveWith(async ([Parent] Physician p, CredentialChecksByPhysician checks) =>
                Physician.PendingStageOf(p.Status, await checks.LoadAsync(p.Id) ?? []));
        type.Field("privateDetails").Type("PrivateDetails").AuthorizePolicy(SermoPolicies.SelfOrStaff)
            .Description("Legal name, contact, licence and practice. The member and staff only.")
            .ResolveWith(([Parent] Physician p, Caller caller, [Service] PrivateDetailsReader reader, CancellationToken cancellationToken) =>
                reader.ReadAsync(caller.ForPrivateDetails(), p.Id, cancellationToken));
        type.Field("credentialChecks").Type("[CredentialCheck!]").AuthorizeRoles(SermoRoles.Staff)
            .Description("The decided stages of the credential check, with who decided and why. Staff only.")
            .ResolveWith(async ([Parent] Physician p, CredentialChecksByPhysician checks) => await checks.LoadAsync(p.Id) ?? []);
    }

    private static DateOnly DateShown(DateTime at, Physician physician, Caller caller) =>
        ProfileShownToCaller.SeesAsStored(caller, physician) ? DateOnly.FromDateTime(at) : ProfileDisclosure.DateShownToOthers(at);

    private static Task<ShownPractice> ShownPracticeAsync([Parent] Physician physician, Caller caller, [Service] VerifiedMemberCountsSource counts) =>
        ProfileShownToCaller.PracticeAsync(physician, caller, counts);
}
