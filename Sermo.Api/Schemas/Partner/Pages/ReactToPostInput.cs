using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("A member's reaction to a published post; reacting again changes it.")]
public sealed record ReactToPostInput(
    [GraphQLType("ID!")][GraphQLDescription("The post.")] string PostId,
    [GraphQLDescription("The reaction.")] ReactionKind Kind);
