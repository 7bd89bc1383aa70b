using Sermo.Api.Auth;
using Sermo.Domain.Cases;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

/// <summary><c>PatientDetails</c>: the patient behind a case as structured, de-identified fields (an age band, never an
/// age; text that passed the patient-identifier guard).</summary>
public sealed class PatientDetailsType : ObjectTypeConfiguration<PatientDetails>
{
    public override void Configure(ObjectTypeDescriptor<PatientDetails> type)
    {
        type.Description("The de-identified patient behind a case.");
        // Reached only through fields that already ask for these roles; declared again so the type is closed on its own.
        type.AuthorizeRoles(SermoRoles.Physician, SermoRoles.Staff);
        type.Field(p => p.AgeBand).Description("The patient's age as a band; everyone over 89 is one band.");
        type.Field(p => p.Sex);
        type.Field(p => p.History).Description("Presenting complaint, past history, medications.");
        type.Field(p => p.Findings).Description("Examination, test results and imaging reports.");
    }
}
