using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("A new post on a Page, as a draft.")]
public sealed record CreatePostInput([GraphQLType("ID!")][GraphQLDescription("The Page.")] string PageId, PostContentInput Content);
