using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("What happened on a case.")]
public enum CaseActivityKind
{
    [GraphQLDescription("A colleague asked the author a follow-up question.")]
    FollowUpAsked,
    [GraphQLDescription("The author answered follow-up questions.")]
    FollowUpAnswered,
    [GraphQLDescription("A colleague gave advice.")]
    AdviceGiven,
    [GraphQLDescription("A course of action was proposed for members to vote on.")]
    ActionProposed,
    [GraphQLDescription("A member voted on a proposed action; its support and opposition changed.")]
    VoteCountsChanged,
    [GraphQLDescription("The author accepted advice or marked the case solved.")]
    Solved,
}
