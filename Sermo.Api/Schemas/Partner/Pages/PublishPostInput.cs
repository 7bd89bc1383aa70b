using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("Publishes an approved post on a live Page.")]
public sealed record PublishPostInput(
    [GraphQLType("ID!")][GraphQLDescription("The post.")] string PostId,
    [GraphQLDescription("The approved revision.")] int Revision);
