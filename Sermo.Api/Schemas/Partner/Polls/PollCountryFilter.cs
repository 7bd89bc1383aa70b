using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

[GraphQLName("PollFilterCountry")]
[GraphQLDescription("Conditions on the countries whose members may vote (ISO 3166-1 alpha-2 codes); a poll targeting no country is open to all.")]
public sealed record PollCountryFilter(
    [GraphQLDescription("Members in this country may vote.")] string? Eq,
    [GraphQLDescription("Members in at least one of these countries may vote.")] IReadOnlyList<string>? In);
