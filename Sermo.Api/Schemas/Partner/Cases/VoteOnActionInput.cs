using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("A member's vote on a proposed course of action; one per member and proposal.")]
public sealed record VoteOnActionInput(
    [GraphQLType("ID!")][GraphQLDescription("The proposed action (a CaseResponse).")] string ResponseId,
    ActionVote Vote);
