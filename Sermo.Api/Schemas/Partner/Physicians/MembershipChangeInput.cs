using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

[GraphQLDescription("The member whose membership changes.")]
public sealed record MembershipChangeInput([GraphQLType("ID!")][GraphQLDescription("The member.")] string PhysicianId);
