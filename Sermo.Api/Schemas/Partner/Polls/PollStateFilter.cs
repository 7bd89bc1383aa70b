using Sermo.Domain.Polls;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

[GraphQLName("PollFilterState")]
[GraphQLDescription("Conditions on a poll's state now.")]
public sealed record PollStateFilter(
    [GraphQLDescription("The poll is in this state.")] PollState? Eq,
    [GraphQLDescription("The poll is in one of these states.")] IReadOnlyList<PollState>? In);
