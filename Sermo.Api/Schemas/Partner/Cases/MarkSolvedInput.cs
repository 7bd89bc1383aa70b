using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("The case its author marks solved without accepting a response.")]
public sealed record MarkSolvedInput([GraphQLType("ID!")][GraphQLDescription("The case.")] string CaseId);
