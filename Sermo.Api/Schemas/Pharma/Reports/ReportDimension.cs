using Sermo.Domain.Ratings;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Pharma.Reports;

/// <summary>The five dimensions as the pharma graph names them (the domain's enum carries a name this graph's
/// vocabulary leaves out); same values as <see cref="RatingDimension"/>.</summary>
[GraphQLDescription("What a figure scores, 1 to 5.")]
public enum ReportDimension
{
    Efficacy = RatingDimension.Efficacy,
    Safety = RatingDimension.Safety,
    Tolerability = RatingDimension.Tolerability,
    Accessibility = RatingDimension.Accessibility,
    Adherence = RatingDimension.Adherence,
}
