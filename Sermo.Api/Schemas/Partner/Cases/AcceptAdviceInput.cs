using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("The advice or proposed action the case's author accepts; accepting solves the case.")]
public sealed record AcceptAdviceInput([GraphQLType("ID!")][GraphQLDescription("The advice or proposed action (a CaseResponse).")] string ResponseId);
