using Sermo.Domain;
using Sermo.Domain.Pages;

namespace Sermo.Api.Schemas.Partner.Pages;

public sealed record RegionCount(CountryRegion Region, EngagementCount Members);
