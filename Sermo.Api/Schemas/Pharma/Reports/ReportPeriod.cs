using Sermo.Domain.Reports;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>One closed calendar period of a report: its figures over all raters and per breakdown.</summary>
[GraphQLDescription("One closed calendar period (month, quarter or year) of a report.")]
public sealed record ReportPeriod(
    [property: GraphQLField, GraphQLDescription("The period's length.")] ReportPeriodKind Kind,
    [property: GraphQLField, GraphQLDescription("Its first day.")] DateOnly Start,
    [property: GraphQLField, GraphQLDescription("Over all raters: one entry per dimension.")] IReadOnlyList<DimensionFigures> Dimensions,
    [property: GraphQLField, GraphQLDescription("Per specialty group of the raters.")] IReadOnlyList<BreakdownFigures> SpecialtyGroups,
    [property: GraphQLField, GraphQLDescription("Per country region of the raters.")] IReadOnlyList<BreakdownFigures> CountryRegions)
{
    [GraphQLField]
    [GraphQLDescription("Its last day.")]
    public DateOnly End => ReportPeriods.LastDayOf(Kind, Start);

    [GraphQLField]
    [GraphQLDescription("A short name: 2026-07, 2026-Q3 or 2026.")]
    public string Label => Kind switch
    {
        ReportPeriodKind.Month => $"{Start.Year:D4}-{Start.Month:D2}",
        ReportPeriodKind.Quarter => $"{Start.Year:D4}-Q{(Start.Month - 1) / 3 + 1}",
        _ => $"{Start.Year:D4}",
    };
}
