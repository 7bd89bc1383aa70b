using Sermo.Domain.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

[GraphQLDescription("One stage's outcome of a member's credential check.")]
public sealed record RecordCredentialCheckInput(
    [GraphQLType("ID!")][GraphQLDescription("The member.")] string PhysicianId,
    [GraphQLDescription("The stage decided; stages are decided in order.")] CredentialStage Stage,
    [GraphQLDescription("Whether it passed; a failure rejects the application.")] bool Passed,
    [GraphQLDescription("Why; required when the stage failed.")] string? Note);
