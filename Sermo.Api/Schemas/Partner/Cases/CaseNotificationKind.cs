using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("Why a member is notified.")]
public enum CaseNotificationKind
{
    [GraphQLDescription("A colleague asked a follow-up question on the member's case.")]
    FollowUpAsked,
    [GraphQLDescription("A colleague advised on the member's case.")]
    AdviceGiven,
    [GraphQLDescription("A colleague proposed a course of action on the member's case.")]
    ActionProposed,
    [GraphQLDescription("The author of a case the member asked a follow-up question on answered.")]
    FollowUpAnswered,
    [GraphQLDescription("The author accepted the member's advice or proposed action.")]
    AdviceAccepted,
}
