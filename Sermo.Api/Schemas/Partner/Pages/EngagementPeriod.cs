using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

[GraphQLDescription("The calendar period engagement is counted over (UTC): days, ISO weeks from Monday, or months.")]
public enum EngagementPeriod
{
    Day,
    Week,
    Month,
}
