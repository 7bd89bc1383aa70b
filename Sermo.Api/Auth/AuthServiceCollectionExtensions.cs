using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Sermo.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Bearer JWT authentication (options validated at start-up), the named policies, and the
    /// validator and issuer services.</summary>
    public static IServiceCollection AddSermoAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<BearerTokenValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BearerTokenIssuer>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options => options.AddSermoPolicies());
        return services;
    }
}
