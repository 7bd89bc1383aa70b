using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("The Page a mutation acts on.")]
public sealed record PageIdInput([GraphQLType("ID!")][GraphQLDescription("The Page.")] string PageId);
