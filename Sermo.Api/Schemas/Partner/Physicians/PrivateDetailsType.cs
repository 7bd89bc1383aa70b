using Sermo.Api.Auth;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary><c>PrivateDetails</c>: what identifies a member in real life. Reached only through
/// <c>Physician.privateDetails</c>, which the member and staff alone pass.</summary>
public sealed class PrivateDetailsType : ObjectTypeConfiguration<PhysicianPrivateDetails>
{
    public override void Configure(ObjectTypeDescriptor<PhysicianPrivateDetails> type)
    {
        type.Name("PrivateDetails").Description("What identifies a member in real life: shown only to the member and to staff.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(d => d.GivenName);
        type.Field(d => d.FamilyName);
        type.Field(d => d.Email);
        type.Field(d => d.Phone);
        type.Field(d => d.LicenceNumber);
        type.Field(d => d.LicensingAuthority);
        type.Field(d => d.PracticeName);
    }
}
