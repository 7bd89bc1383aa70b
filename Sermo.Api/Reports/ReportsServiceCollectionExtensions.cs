using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sermo.Api.Data;
using Sermo.Domain.Reports;

namespace Sermo.Api.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Registers the release builder, the cutter, the scheduler and the read-only context of the release tables (a pooled
    /// factory of <see cref="ReportReleasesContext"/>, on the same database as <c>AddSermoDatabase</c>).</summary>
    public static IServiceCollection AddSermoReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPooledDbContextFactory<ReportReleasesContext>((provider, builder) => DatabaseProviderConfiguration.Configure(
            builder,
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<ReportReleaseBuilder>();
        services.AddSingleton<ReportReleaseCutter>();
        services.AddHostedService<ReportReleaseScheduler>();
        return services;
    }
}
