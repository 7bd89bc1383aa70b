using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

[GraphQLDescription("A member's vote: one option of one poll.")]
public sealed record VoteInPollInput(
    [GraphQLType("ID!")][GraphQLDescription("The poll.")] string PollId,
    [GraphQLType("ID!")][GraphQLDescription("The chosen option (an id from the poll's options).")] string OptionId);
