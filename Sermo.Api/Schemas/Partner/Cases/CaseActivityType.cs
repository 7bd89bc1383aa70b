using Sermo.Api.Auth;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary><c>CaseActivity</c>: one event of <c>caseActivity</c>, its case and response loaded for the subscriber.</summary>
public sealed class CaseActivityType : ObjectTypeConfiguration<CaseActivity>
{
    public override void Configure(ObjectTypeDescriptor<CaseActivity> type)
    {
        type.Description("Something that happened on a case.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(a => a.Kind);
        type.Field(a => a.OccurredAt);
        type.Field("case").Type("Case!").Description("The case as it is now.")
            .ResolveWith(([Parent] CaseActivity a, CaseById cases) => cases.LoadAsync(a.CaseId));
        type.Field("response").Type("CaseResponse")
            .Description("The new response, the proposed action whose counts changed, or the accepted one; null when the case was marked solved without one.")
            .ResolveWith(([Parent] CaseActivity a, CaseResponseById responses) =>
                a.ResponseId is { } id ? responses.LoadAsync(id) : Task.FromResult<Sermo.Domain.Cases.CaseResponse?>(null));
    }
}
