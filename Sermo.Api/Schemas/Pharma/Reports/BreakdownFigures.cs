using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The figures of one specialty group or country region.</summary>
[GraphQLDescription("The figures of the raters of one specialty group or country region.")]
public sealed record BreakdownFigures(
    [property: GraphQLField, GraphQLDescription("The group's or region's code.")] string Code,
    [property: GraphQLField, GraphQLDescription("The group's or region's name.")] string Name,
    [property: GraphQLField, GraphQLDescription("One entry per dimension.")] IReadOnlyList<DimensionFigures> Dimensions);
