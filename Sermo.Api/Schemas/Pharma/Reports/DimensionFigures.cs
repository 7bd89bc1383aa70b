using Sermo.Domain.Reports;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>One cell of a release as a report shows it: a dimension's figures, or only <c>suppressed: true</c>.</summary>
[GraphQLDescription("The figures of one dimension. A suppressed cell shows no number at all (no raters, mean, distribution or rank): too few raters, or its numbers could be recomputed from others.")]
public sealed record DimensionFigures(
    [property: GraphQLField, GraphQLDescription("What is scored.")] ReportDimension Dimension,
    [property: GraphQLField, GraphQLDescription("Whether the figures are withheld; every number is then null.")] bool Suppressed,
    [property: GraphQLField, GraphQLDescription("Distinct raters counted, each once with their latest score in the period.")] int? Raters,
    [property: GraphQLField, GraphQLDescription("The mean score, 1 to 5, rounded to 2 decimals.")] double? Mean,
    [property: GraphQLField, GraphQLDescription("Raters per score, for scores 1 to 5 in order; a withheld bin is null; the whole list is null when the cell is suppressed.")] IReadOnlyList<int?>? Distribution,
    [property: GraphQLField, GraphQLDescription("For a drug over all raters: its place among the class's published drugs for this indication, period and dimension (1 = best mean); null otherwise, and for drugs in more than one class.")] int? RankInClass)
{
    public static DimensionFigures Of(ReportCell cell) => cell.Suppressed
        ? new((ReportDimension)cell.Dimension, true, null, null, null, null)
        : new((ReportDimension)cell.Dimension, false, cell.Raters, cell.Mean, [cell.Score1, cell.Score2, cell.Score3, cell.Score4, cell.Score5], cell.RankInClass);
}
