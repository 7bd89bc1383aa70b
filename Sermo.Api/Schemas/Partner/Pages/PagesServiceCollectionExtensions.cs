using Sermo.Api.Ide;

namespace Sermo.Api.Schemas.Partner.Pages;

public static class PagesServiceCollectionExtensions
{
    /// <summary>The Pages area of the partner graph and the services its resolvers use.</summary>
    public static IServiceCollection AddPagesArea(this IServiceCollection services)
    {
        services.AddSingleton<IPartnerSchemaContributor, PagesSchemaContributor>();
        services.AddSingleton<PageChanges>();
        services.AddSingleton<PageCommands>();
        services.AddSingleton<PagePostCommands>();
        services.AddSingleton<PageReviewCommands>();
        services.AddSingleton<PageModerationCommands>();
        services.AddSingleton<PageEngagementCommands>();
        services.AddScoped<PageVisibility>();
        services.AddSingleton<PageEngagementReader>();
        services.AddSingleton<IIdeExampleSource, PagesExamples>();
        return services;
    }
}
