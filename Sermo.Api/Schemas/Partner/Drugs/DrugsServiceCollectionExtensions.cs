namespace Sermo.Api.Schemas.Partner.Drugs;

public static class DrugsServiceCollectionExtensions
{
    /// <summary>The drug catalogue of the partner graph and the services its resolvers use.</summary>
    public static IServiceCollection AddDrugsArea(this IServiceCollection services)
    {
        services.AddSingleton<IPartnerSchemaContributor, DrugsSchemaContributor>();
        services.AddSingleton<DrugListing>();
        return services;
    }
}
