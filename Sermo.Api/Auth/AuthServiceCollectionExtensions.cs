using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Schemas.Conventions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sermo.GraphQL.Authorization;

namespace Sermo.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>JwtBearer authentication configured from the <c>Auth</c> section (validated at start-up), the
    /// named policies, the engine's field authorizer, the socket handshake's validator and the development token
    /// issuer.</summary>
    public static IServiceCollection AddSermoAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.ConfigureOptions<JwtBearerOptionsSetup>();
        services.AddSingleton<JwtBearerTokenValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BearerTokenIssuer>();
        services.AddAuthorization(options => options.AddSermoPolicies());
        // Scoped: policy handlers may need the request's services (a resource-based check reading the database).
        services.AddScoped<IFieldAuthorizer, AspNetCoreFieldAuthorizer>();
        services.AddScoped<CallerMembership>();
        services.AddScoped<IAuthorizationHandler, CommunityMemberHandler>();
        services.AddSingleton<IAuthorizationHandler, SelfOrStaffHandler>();
        services.AddScoped<IAuthorizationHandler, DrugCatalogueHandler>();
        services.AddSingleton<IAuthorizationHandler, RatingAuthorHandler>();
        services.AddScoped<CallerOrganisations>().AddScoped<IAuthorizationHandler, OrganisationTeamHandler>();
        return services;
    }
}
