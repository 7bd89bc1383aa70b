using Sermo.Domain.Reports;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;
using Sermo.Api.Schemas.Conventions;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The pharma graph's reports: releases, the drug and drug-class reports, the flat rows for BI tools, the
/// catalogue a subscription covers, and <c>releasePublished</c>. Every field reads published release tables only;
/// nothing in this schema names a physician, a rating or a comment (<c>PharmaSchemaAllowListTests</c> holds it to that).</summary>
public sealed class PharmaReportsSchemaContributor(ReportQueries queries) : IPharmaSchemaContributor
{
    private const string ReleaseArgument = "The release to answer from (its id); the latest when not given.";
    private const string PeriodKindArgument = "The periods' length: MONTH, QUARTER (the default) or YEAR. Periods are fixed calendar periods, never free dates.";

    public void Contribute(SchemaComposition schema)
    {
        RelayTypes.AddPageInfo(schema.Types);
        schema.Types
            .AddType<ReportReleaseType>()
            .AddType<DrugReportType>()
            .AddType<DrugClassReportType>()
            .AddType<ReportRowType>()
            .AddType<CatalogueDrugType>()
            .AddType<CatalogueDrugClassType>()
            .AddType<CatalogueIndicationType>()
            .AddType<ReportPeriodKind>()
            .AddType<ReportScope>()
            .AddType<ReportBreakdown>()
            .AddType<ReportDimension>()
            .AddType<ReleaseTrigger>();
        RelayTypes.AddConnection<ReportRelease>(schema.Types, ReportReleaseType.TypeName, withTotalCount: true);
        RelayTypes.AddConnection<ReportRow>(schema.Types, "ReportRow", withTotalCount: true);

        schema.Query(query =>
        {
            query.Field("releases").Type("ReportReleaseConnection!").Description("Every release, newest first.").PagingArguments()
                .Resolve(async context => await queries.ReleasesAsync(context));
            query.Field("release").Type("ReportRelease").Description("A release by id; null when none has it.")
                .Argument("id", "ID!", "The release's id.")
                .Resolve(async context => await queries.ReleaseAsync(context));
            query.Field("latestRelease").Type("ReportRelease").Description("The newest release; null before the first.")
                .Resolve(async context => await queries.LatestReleaseAsync(context));
            query.Field("drugClasses").Type("[DrugClass!]!").Description("The drug classes the caller's subscription covers, with their drugs and indications: the ids the reports take.")
                .Resolve(async context => await queries.DrugClassesAsync(context));
            SubjectReport(query, "drugReport", "DrugReport", "drugId", "The drug.",
                "A drug's figures for an indication, per closed period: each dimension's mean, distribution and distinct raters (or suppressed), breakdowns by specialty group and country region, and its rank in its class. Null for an unknown drug or indication, or a drug not listed for it; NOT_ENTITLED outside the subscription.")
                .Resolve(async context => await queries.DrugReportAsync(context));
            SubjectReport(query, "drugClassReport", "DrugClassReport", "drugClassId", "The drug class.",
                "A drug class's figures for an indication (each rater counted once over the class's drugs), per closed period, with breakdowns. Null for an unknown class or indication; NOT_ENTITLED outside the subscription.")
                .Resolve(async context => await queries.DrugClassReportAsync(context));
            query.Field("rows").Type("ReportRowConnection!")
                .Description("The release's figures as flat rows for BI tools (one per period, drug or class, indication, dimension and breakdown), in a fixed order; the same rows as the CSV and Parquet downloads. Filtered by what they are about only.")
                .Argument("releaseId", "ID", ReleaseArgument)
                .PagingArguments()
                .ResolveWith((IResolverContext context, [GraphQLDescription("Which rows.")] ReportRowFilter? where) => queries.RowsAsync(context, where));
        });

        schema.Subscription(subscription => subscription.Field("releasePublished").Type("ReportRelease!")
            .Description("Each new release as it is published, so a BI refresh can follow it.")
            .Subscribe(ReleasePublishedSubscription.SubscribeAsync));
    }

    /// <summary>A report on one subject and indication: the same arguments for drugs and classes.</summary>
    private static FieldDescriptor SubjectReport(ObjectTypeDescriptor<object> query, string name, string type, string subjectArgument, string subjectDescription, string description) =>
        query.Field(name).Type(type).Description(description)
            .Argument(subjectArgument, "ID!", subjectDescription)
            .Argument("indicationId", "ID!", "The indication.")
            .Argument("periodKind", "ReportPeriodKind!", PeriodKindArgument, ReportPeriodKind.Quarter)
            .Argument("releaseId", "ID", ReleaseArgument);
}
