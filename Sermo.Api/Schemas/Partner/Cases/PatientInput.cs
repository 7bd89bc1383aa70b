using Sermo.Domain.Cases;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("The de-identified patient behind a new case. The text must not identify the patient.")]
public sealed record PatientInput(
    [GraphQLDescription("The patient's age as a band.")] AgeBand AgeBand,
    PatientSex Sex,
    [GraphQLDescription("Presenting complaint, past history, medications.")] string History,
    [GraphQLDescription("Examination, test results and imaging reports.")] string Findings)
{
    public PatientDetails ToDetails() => new(AgeBand, Sex, History, Findings);
}
