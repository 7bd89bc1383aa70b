using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("A reviewer's decision on a post in review.")]
public sealed record DecidePostInput(
    [GraphQLType("ID!")][GraphQLDescription("The post.")] string PostId,
    [GraphQLDescription("The post's revision in review.")] int Revision,
    [GraphQLDescription("Approve, or request changes.")] ReviewOutcome Outcome,
    [GraphQLDescription("Why; required when requesting changes.")] string? Reason);
