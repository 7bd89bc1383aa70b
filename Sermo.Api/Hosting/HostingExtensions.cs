using Microsoft.Extensions.Options;
using Sermo.Api.Transport.Multipart;

namespace Sermo.Api.Hosting;

public static class HostingExtensions
{
    /// <summary>Transport options (validated at start-up) and the health-check registry.</summary>
    public static IServiceCollection AddSermoHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLOptions>, GraphQLOptionsValidator>();
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UploadOptions>, UploadOptionsValidator>();
        services.AddSermoHealthChecks();
        return services;
    }

    public static IApplicationBuilder UseSermoRequestId(this IApplicationBuilder app) => app.UseMiddleware<RequestIdMiddleware>();
}
