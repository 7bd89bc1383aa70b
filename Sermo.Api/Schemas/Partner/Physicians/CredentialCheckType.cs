using Sermo.Api.Auth;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary><c>CredentialCheck</c>: one decided stage, with the checker and their note. Staff only: it is not part of
/// any profile.</summary>
public sealed class CredentialCheckType : ObjectTypeConfiguration<CredentialCheck>
{
    public override void Configure(ObjectTypeDescriptor<CredentialCheck> type)
    {
        type.Description("One decided stage of a member's credential check. Staff only.");
        type.AuthorizeRoles(SermoRoles.Staff);
        type.Field(c => c.Stage);
        type.Field(c => c.Passed);
        type.Field(c => c.CheckedBy).Description("The staff member or verification service that decided.");
        type.Field(c => c.CheckedAt);
        type.Field(c => c.Note).Description("Why; required when the stage failed.");
    }
}
