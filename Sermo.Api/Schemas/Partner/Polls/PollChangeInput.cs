using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

[GraphQLDescription("The poll the community team opens, closes or publishes.")]
public sealed record PollChangeInput([GraphQLType("ID!")][GraphQLDescription("The poll.")] string PollId);
