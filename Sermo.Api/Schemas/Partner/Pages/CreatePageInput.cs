using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("A new Page of an organisation the agency acts for; its first revision is a draft.")]
public sealed record CreatePageInput(
    [GraphQLType("ID!")][GraphQLDescription("The organisation.")] string OrganisationId,
    [GraphQLDescription("The Page's address: lower-case letters, digits and single hyphens, at most 80 characters, unique.")] string Slug,
    PageContentInput Content);
