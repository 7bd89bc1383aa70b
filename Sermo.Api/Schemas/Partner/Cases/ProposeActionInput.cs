using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("A concrete course of action for members to vote on.")]
public sealed record ProposeActionInput(
    [GraphQLType("ID!")][GraphQLDescription("The case.")] string CaseId,
    [GraphQLDescription("The proposed action, at most 10,000 characters. It must not identify the patient.")] string Body);
