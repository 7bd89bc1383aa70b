using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("New content for a Page: a new staging revision (a draft); the live Page is untouched.")]
public sealed record RevisePageInput([GraphQLType("ID!")][GraphQLDescription("The Page.")] string PageId, PageContentInput Content);
