using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("A reviewer's decision on the revision in review.")]
public sealed record DecidePageRevisionInput(
    [GraphQLType("ID!")][GraphQLDescription("The Page.")] string PageId,
    [GraphQLDescription("The revision decided on: the one in review (so a decision never lands on content the reviewer did not read).")] int Revision,
    [GraphQLDescription("Approve, or request changes.")] ReviewOutcome Outcome,
    [GraphQLDescription("Why; required when requesting changes, at most 2,000 characters.")] string? Reason);
