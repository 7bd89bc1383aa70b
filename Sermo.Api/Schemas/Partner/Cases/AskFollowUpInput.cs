using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("A colleague's follow-up question to the case's author.")]
public sealed record AskFollowUpInput(
    [GraphQLType("ID!")][GraphQLDescription("The case.")] string CaseId,
    [GraphQLDescription("The question, at most 10,000 characters. It must not identify the patient.")] string Body);
