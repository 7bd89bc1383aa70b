using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("The author's answer to the follow-up questions on their case.")]
public sealed record AnswerFollowUpInput(
    [GraphQLType("ID!")][GraphQLDescription("The case.")] string CaseId,
    [GraphQLDescription("The answer, at most 10,000 characters. It must not identify the patient.")] string Body);
