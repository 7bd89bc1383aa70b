using Sermo.Api.Ide;
using Sermo.Api.Schemas.Partner;
using Sermo.Api.Schemas.Partner.Reports;

namespace Sermo.Api.Schemas.Pharma.Reports;

public static class PharmaReportsServiceCollectionExtensions
{
    /// <summary>The pharma graph's reports, the downloads' row source and the staff's release mutation on the partner graph.</summary>
    public static IServiceCollection AddPharmaReportsArea(this IServiceCollection services)
    {
        services.AddSingleton<IPharmaSchemaContributor, PharmaReportsSchemaContributor>();
        services.AddSingleton<PharmaCatalogue>();
        services.AddSingleton<ReportRowSource>();
        services.AddSingleton<ReportQueries>();
        services.AddSingleton<ReportPeriodsCache>();
        services.AddSingleton<IPartnerSchemaContributor, CutReleaseMutation>();
        services.AddSingleton<IIdeExampleSource, PharmaReportsExamples>();
        return services;
    }
}
