using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Cases;

[GraphQLDescription("A new case. No text may identify the patient.")]
public sealed record PostCaseInput(
    [GraphQLDescription("The specialty's code (\"cardiology\").")] string Specialty,
    [GraphQLDescription("A short title, at most 200 characters.")] string Title,
    [GraphQLDescription("What the author asks the community, at most 5,000 characters.")] string Question,
    PatientInput Patient);
