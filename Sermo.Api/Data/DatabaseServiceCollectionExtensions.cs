using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sermo.Api.Hosting;
using Sermo.Domain.Persistence;

namespace Sermo.Api.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> for <see cref="SermoDbContext"/>: resolvers
    /// that run concurrently each create (and dispose) their own context instead of sharing a scoped one.
    /// A scoped context is registered too, for code that runs one unit of work per request, and two
    /// readiness health checks: the database answers, and it has every migration of this build.
    /// </summary>
    public static IServiceCollection AddSermoDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options => options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddPooledDbContextFactory<SermoDbContext>((provider, builder) => DatabaseProviderConfiguration.Configure(
            builder,
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContext());
        services.AddHealthChecks()
            .AddDbContextCheck<SermoDbContext>("database", tags: [HealthCheckExtensions.ReadyTag])
            .AddCheck<DatabaseSchemaHealthCheck>(DatabaseSchemaHealthCheck.Name, tags: [HealthCheckExtensions.ReadyTag]);
        return services;
    }
}
