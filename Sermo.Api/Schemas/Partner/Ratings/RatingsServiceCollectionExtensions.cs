using Sermo.Api.Ide;
using Sermo.Api.Schemas.Partner.Drugs;

namespace Sermo.Api.Schemas.Partner.Ratings;

public static class RatingsServiceCollectionExtensions
{
    /// <summary>The drug catalogue and the ratings area of the partner graph, and the services their resolvers use.</summary>
    public static IServiceCollection AddRatingsArea(this IServiceCollection services)
    {
        services.AddDrugsArea();
        services.AddSingleton<IPartnerSchemaContributor, RatingsSchemaContributor>();
        services.AddSingleton<RatingListing>();
        services.AddSingleton<RatingCommands>();
        services.AddSingleton<IIdeExampleSource, RatingsExamples>();
        return services;
    }
}
