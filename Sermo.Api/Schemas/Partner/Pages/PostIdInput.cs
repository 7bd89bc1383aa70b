using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("The post a mutation acts on.")]
public sealed record PostIdInput([GraphQLType("ID!")][GraphQLDescription("The post.")] string PostId);
