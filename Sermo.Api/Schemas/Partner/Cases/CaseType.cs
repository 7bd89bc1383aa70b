using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Partner.Physicians;
using Sermo.Domain.Cases;
using Sermo.Domain.Physicians;
using Sermo.Domain.Privacy;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary><c>Case</c>: a consult as every community member sees it. The author is a <c>Physician</c>, so that type
/// decides what of them the caller sees (a pseudonym for an anonymous member), and is left out where the case's specialty
/// would narrow their practice (<see cref="LinkedAuthor"/>); no field carries a member id. Every
/// list comes from a DataLoader, and all the response lists share one load.</summary>
public sealed class CaseType : ObjectTypeConfiguration<Case>
{
    public override void Configure(ObjectTypeDescriptor<Case> type)
    {
        type.Description("A crowdsourced consult: a member describes a de-identified patient and asks colleagues for next steps.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(c => c.Title);
        type.Field(c => c.Question).Description("What the author asks the community.");
        type.Field("specialty").Type("Specialty!").Description("The specialty the case is posted under.")
            .ResolveWith(([Parent] Case c) => Specialties.Get(c.SpecialtyCode));
        type.Field(c => c.Status).Type("CaseStatus!");
        type.Field(c => c.PostedAt);
        type.Field(c => c.Patient).Type("PatientDetails!").Description("The de-identified patient.");
        type.Field("attachments").Type("[CaseAttachment!]!").Description("What is known about the files attached, in the order added.")
            .ResolveWith(async ([Parent] Case c, AttachmentsByCase attachments) => await attachments.LoadAsync(c.Id) ?? []);
        type.Field("author").Type("Physician")
            .Description("The member who posted the case, as the caller may see them. Null when the author is anonymous and their profile " +
                "does not show their exact specialty to the caller: the case's specialty beside them would narrow their practice below what " +
                "their profile shows (docs/privacy.md).")
            .ResolveWith(([Parent] Case c, Caller caller, PhysicianById physicians, [Service] VerifiedMemberCountsSource counts) =>
                LinkedAuthor.LoadAsync(c.AuthorId, AuthorDisclosure.OfCase, caller, physicians, counts));
        type.Field("responses").Type("[CaseResponse!]!").Description("Every response (follow-ups, answers, advice, proposed actions) in posting order.")
            .ResolveWith(([Parent] Case c, ResponsesByCase responses) => ResponsesAsync(c, responses, _ => true));
        type.Field("followUps").Type("[CaseResponse!]!")
            .Description("Colleagues' follow-up questions and the author's answers, in posting order.")
            .ResolveWith(([Parent] Case c, ResponsesByCase responses) =>
                ResponsesAsync(c, responses, r => r.Kind is ResponseKind.FollowUpQuestion or ResponseKind.AuthorAnswer));
        type.Field("advice").Type("[CaseResponse!]!").Description("Colleagues' advice, in posting order.")
            .ResolveWith(([Parent] Case c, ResponsesByCase responses) => ResponsesAsync(c, responses, r => r.Kind == ResponseKind.Advice));
        type.Field("proposedActions").Type("[CaseResponse!]!").Description("Proposed courses of action members vote on, in posting order.")
            .ResolveWith(([Parent] Case c, ResponsesByCase responses) => ResponsesAsync(c, responses, r => r.Kind == ResponseKind.ProposedAction));
        type.Field("acceptedAdvice").Type("CaseResponse").Description("The advice or proposed action the author accepted; null until then.")
            .ResolveWith(async ([Parent] Case c, ResponsesByCase responses) => c.AcceptedResponseId is { } accepted
                ? (await responses.LoadAsync(c.Id) ?? []).FirstOrDefault(r => r.Id == accepted)
                : null);
        type.Field(c => c.FirstResponseAt).Description("When a colleague first responded (the author's own responses do not count); null until then.");
        type.Field(c => c.SolvedAt).Description("When the author accepted advice or marked the case solved; null while open.");
        type.Field("timeToFirstResponse").Type("Int").Description("Whole seconds from posting to the first colleague's response; null until then.")
            .ResolveWith(([Parent] Case c) => WholeSeconds(c.TimeToFirstResponse));
        type.Field("timeToSolution").Type("Int").Description("Whole seconds from posting to the solution; null while open.")
            .ResolveWith(([Parent] Case c) => WholeSeconds(c.TimeToSolution));
    }

    private static async Task<IReadOnlyList<CaseResponse>> ResponsesAsync(Case @case, ResponsesByCase responses, Func<CaseResponse, bool> include) =>
        [.. (await responses.LoadAsync(@case.Id) ?? []).Where(include)];

    private static int? WholeSeconds(TimeSpan? span) => span is { } value ? (int)value.TotalSeconds : null;
}
