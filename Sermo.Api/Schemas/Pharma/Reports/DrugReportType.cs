using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

public sealed class DrugReportType : ObjectTypeConfiguration<DrugReport>
{
    public override void Configure(ObjectTypeDescriptor<DrugReport> type)
    {
        type.Description("A drug's figures for one indication in one release: each closed period, oldest first (the trend), with breakdowns and the drug's rank in its class.");
        type.Field(r => r.Release).Type("ReportRelease!").Description("The release answering.");
        type.Field(r => r.Drug).Type("Drug!").Description("The drug.");
        type.Field(r => r.Indication).Type("Indication!").Description("The indication.");
        type.Field(r => r.PeriodKind).Description("The periods' length.");
        type.Field(r => r.Periods).Description("The closed periods the release publishes, oldest first.");
    }
}
