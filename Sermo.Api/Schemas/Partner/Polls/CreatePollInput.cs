using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Polls;

[GraphQLDescription("A poll the community team writes.")]
public sealed record CreatePollInput(
    [GraphQLDescription("The question (at most 500 characters).")] string Question,
    [GraphQLDescription("2 to 10 distinct answers, in their order (at most 200 characters each).")] IReadOnlyList<string> Options,
    [GraphQLDescription("When voting opens; a time already past opens the poll at once.")] DateTimeOffset OpensAt,
    [GraphQLDescription("When voting closes: after the opening time, and in the future.")] DateTimeOffset ClosesAt,
    [GraphQLDescription("ISO 3166-1 alpha-2 countries whose members may vote; empty or omitted: every country.")] IReadOnlyList<string>? TargetCountries);
