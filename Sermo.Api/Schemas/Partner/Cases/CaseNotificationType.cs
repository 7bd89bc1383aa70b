using Sermo.Api.Auth;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary><c>CaseNotification</c>: one event of <c>myNotifications</c>, its case and response loaded for the member.</summary>
public sealed class CaseNotificationType : ObjectTypeConfiguration<CaseNotification>
{
    public override void Configure(ObjectTypeDescriptor<CaseNotification> type)
    {
        type.Description("Something that concerns the member: a response on their case, an answer to their question, their advice accepted.");
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(n => n.Kind);
        type.Field(n => n.OccurredAt);
        type.Field("case").Type("Case!").Description("The case concerned.")
            .ResolveWith(([Parent] CaseNotification n, CaseById cases) => cases.LoadAsync(n.CaseId));
        type.Field("response").Type("CaseResponse!").Description("The response concerned.")
            .ResolveWith(([Parent] CaseNotification n, CaseResponseById responses) => responses.LoadAsync(n.ResponseId));
    }
}
