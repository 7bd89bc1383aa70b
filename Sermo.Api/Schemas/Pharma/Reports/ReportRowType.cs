using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary><c>ReportRow</c>: one field per column of <see cref="ReportRowColumns"/>, under the same name and description.</summary>
public sealed class ReportRowType : ObjectTypeConfiguration<ReportRow>
{
    public override void Configure(ObjectTypeDescriptor<ReportRow> type)
    {
        type.Description("One flat row of a release: the columns of the CSV and Parquet downloads, with the same names and values.");
        var column = ReportRowColumns.All.ToDictionary(c => c.Name);
        type.Field(r => r.ReleaseId).Type("ID!").Description(column["releaseId"].Description);
        type.Field(r => r.PeriodKind).Type("ReportPeriodKind!").Description(column["periodKind"].Description);
        type.Field(r => r.PeriodStart).Description(column["periodStart"].Description);
        type.Field(r => r.Scope).Type("ReportScope!").Description(column["scope"].Description);
        type.Field(r => r.SubjectId).Type("ID!").Description(column["subjectId"].Description);
        type.Field(r => r.SubjectName).Description(column["subjectName"].Description);
        type.Field(r => r.IndicationId).Type("ID!").Description(column["indicationId"].Description);
        type.Field(r => r.IndicationName).Description(column["indicationName"].Description);
        type.Field(r => r.Dimension).Type("ReportDimension!").Description(column["dimension"].Description);
        type.Field(r => r.Breakdown).Type("ReportBreakdown!").Description(column["breakdown"].Description);
        type.Field(r => r.BreakdownCode).Description(column["breakdownCode"].Description);
        type.Field(r => r.BreakdownName).Description(column["breakdownName"].Description);
        type.Field(r => r.Suppressed).Description(column["suppressed"].Description);
        type.Field(r => r.Raters).Description(column["raters"].Description);
        type.Field(r => r.Mean).Description(column["mean"].Description);
        type.Field(r => r.Score1).Description(column["score1"].Description);
        type.Field(r => r.Score2).Description(column["score2"].Description);
        type.Field(r => r.Score3).Description(column["score3"].Description);
        type.Field(r => r.Score4).Description(column["score4"].Description);
        type.Field(r => r.Score5).Description(column["score5"].Description);
        type.Field(r => r.RankInClass).Description(column["rankInClass"].Description);
    }
}
