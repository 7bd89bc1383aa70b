using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

public sealed class DrugClassReportType : ObjectTypeConfiguration<DrugClassReport>
{
    public override void Configure(ObjectTypeDescriptor<DrugClassReport> type)
    {
        type.Description("A drug class's figures for one indication in one release (each rater counted once over the class's drugs): each closed period, oldest first, with breakdowns.");
        type.Field(r => r.Release).Type("ReportRelease!").Description("The release answering.");
        type.Field(r => r.DrugClass).Type("DrugClass!").Description("The drug class.");
        type.Field(r => r.Indication).Type("Indication!").Description("The indication.");
        type.Field(r => r.PeriodKind).Description("The periods' length.");
        type.Field(r => r.Periods).Description("The closed periods the release publishes, oldest first.");
    }
}
