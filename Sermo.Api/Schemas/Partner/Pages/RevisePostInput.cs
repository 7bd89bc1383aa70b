using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("New content for a post that is not published: its next revision, a draft.")]
public sealed record RevisePostInput([GraphQLType("ID!")][GraphQLDescription("The post.")] string PostId, PostContentInput Content);
