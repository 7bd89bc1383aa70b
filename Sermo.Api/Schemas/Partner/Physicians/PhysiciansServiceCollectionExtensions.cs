using Sermo.Api.Ide;
using Sermo.Domain.Privacy;

namespace Sermo.Api.Schemas.Partner.Physicians;

public static class PhysiciansServiceCollectionExtensions
{
    /// <summary>The physicians area of the partner graph and the services its resolvers use.</summary>
    public static IServiceCollection AddPhysiciansArea(this IServiceCollection services)
    {
        services.AddSingleton<IPartnerSchemaContributor, PhysiciansSchemaContributor>();
        services.AddSingleton<PrivateDetailsReader>();
        services.AddSingleton<VerifiedMemberCountsSource>();
        services.AddSingleton<PhysicianCommands>();
        services.AddSingleton<IIdeExampleSource, PhysiciansExamples>();
        return services;
    }
}
