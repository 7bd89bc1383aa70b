using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("Staff take a Page out of members' sight until reinstated.")]
public sealed record SuspendPageInput(
    [GraphQLType("ID!")][GraphQLDescription("The Page.")] string PageId,
    [GraphQLDescription("Why, at most 2,000 characters; the organisation's team reads it.")] string Reason);
