using Sermo.Domain.Pages;
using Sermo.Domain.Physicians;

namespace Sermo.Api.Schemas.Partner.Pages;

public sealed record SpecialtyGroupCount(SpecialtyGroup SpecialtyGroup, EngagementCount Members);
