using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("Promotes the approved staging revision to live in one step.")]
public sealed record PublishPageRevisionInput(
    [GraphQLType("ID!")][GraphQLDescription("The Page.")] string PageId,
    [GraphQLDescription("The approved revision (so a late edit cannot slip through).")] int Revision);
