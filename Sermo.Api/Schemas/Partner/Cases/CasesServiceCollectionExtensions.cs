using Sermo.Api.Ide;

namespace Sermo.Api.Schemas.Partner.Cases;

public static class CasesServiceCollectionExtensions
{
    /// <summary>The cases area of the partner graph and the services its resolvers use.</summary>
    public static IServiceCollection AddCasesArea(this IServiceCollection services)
    {
        services.AddSingleton<IPartnerSchemaContributor, CasesSchemaContributor>();
        services.AddSingleton<CaseCommands>();
        services.AddSingleton<IIdeExampleSource, CasesExamples>();
        return services;
    }
}
