using Sermo.Api.Auth;
using Sermo.Api.Reports;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Pharma.Reports;
using Sermo.Domain.Reports;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Reports;

/// <summary>Staff cut a release on demand through the partner graph (their graph: the pharma graph admits pharma
/// tokens only): <c>cutReportRelease</c> publishes one now and answers it, and <c>releasePublished</c> announces it.
/// On a large data set a cut can outlast the request's execution timeout: the answer is then <c>TIMEOUT</c>, and the
/// release still publishes.</summary>
public sealed class CutReleaseMutation : IPartnerSchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Types.AddType<ReportReleaseType>().AddType<ReleaseTrigger>();
        MutationConventions.AddPayload<ReportRelease>(schema.Types, "ReportReleasePayload", "release", ReportReleaseType.TypeName);
        schema.Mutation(mutation => mutation.Field("cutReportRelease").Type("ReportReleasePayload!").AuthorizeRoles(SermoRoles.Staff)
            .Description("Cuts a pharma report release now (besides the hourly schedule): it is published to the pharma graph and announced to releasePublished subscribers. A cut that outlasts the execution timeout answers TIMEOUT and still publishes. Staff only.")
            // Not cancelled with the request: a cut that outlasts the execution timeout still publishes (and is announced).
            .ResolveWith(([Service] ReportReleaseCutter cutter) =>
                MutationConventions.RunAsync(InputFields.None, () => cutter.CutOnDemandAsync(CancellationToken.None))));
    }
}
