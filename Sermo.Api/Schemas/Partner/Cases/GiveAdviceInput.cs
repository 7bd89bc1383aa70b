using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("A colleague's advice on a case.")]
public sealed record GiveAdviceInput(
    [GraphQLType("ID!")][GraphQLDescription("The case.")] string CaseId,
    [GraphQLDescription("The advice, at most 10,000 characters. It must not identify the patient.")] string Body);
