using Sermo.Api.Ide;

namespace Sermo.Api.Schemas.Partner.Polls;

public static class PollsServiceCollectionExtensions
{
    /// <summary>The polls area of the partner graph and the services its resolvers use.</summary>
    public static IServiceCollection AddPollsArea(this IServiceCollection services)
    {
        services.AddSingleton<IPartnerSchemaContributor, PollsSchemaContributor>();
        services.AddSingleton<PollCommands>();
        services.AddSingleton<PollTallyAccess>();
        services.AddSingleton<IIdeExampleSource, PollsExamples>();
        return services;
    }
}
