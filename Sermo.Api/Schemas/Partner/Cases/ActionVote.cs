using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("A member's vote on a proposed course of action.")]
public enum ActionVote
{
    [GraphQLDescription("For the proposed action.")]
    Support,
    [GraphQLDescription("Against the proposed action.")]
    Oppose,
}
