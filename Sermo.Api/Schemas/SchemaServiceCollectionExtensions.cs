using Microsoft.Extensions.Options;
using Sermo.Api.Auth;
using Sermo.Api.Errors;
using Sermo.Api.Transport;
using Sermo.Api.Hosting;
using Sermo.Api.Schemas.Conventions;
using Sermo.Api.Schemas.Partner;
using Sermo.Api.Schemas.Partner.Cases;
using Sermo.Api.Schemas.Partner.Pages;
using Sermo.Api.Schemas.Partner.Images;
using Sermo.Api.Schemas.Partner.Physicians;
using Sermo.Api.Schemas.Partner.Polls;
using Sermo.Api.Schemas.Partner.Ratings;
using Sermo.Api.Schemas.Pharma;
using Sermo.Api.Schemas.Pharma.Reports;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>The partner and pharma graphs, each composed from its registered contributors when first needed
    /// (at start-up, when the endpoints are mapped: a broken schema stops the host with every problem listed).</summary>
    public static IServiceCollection AddSermoSchemas(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<SermoErrorFilter>();
        services.AddSingleton<ViewerSchemaContributor>();
        services.AddSingleton<IPartnerSchemaContributor>(provider => provider.GetRequiredService<ViewerSchemaContributor>());
        services.AddSingleton<IPharmaSchemaContributor>(provider => provider.GetRequiredService<ViewerSchemaContributor>());
        services.AddSingleton<IPartnerSchemaContributor, ConventionsSchemaContributor>();
        services.AddPhysiciansArea();
        services.AddCasesArea();
        services.AddPollsArea();
        services.AddRatingsArea();
        services.AddPagesArea();
        services.AddImagesArea();
        services.AddPharmaReportsArea();

        services.AddSingleton(provider => new GraphQLSchemaEndpoint(PartnerSchema.Name, PartnerSchema.Path,
            Executor(provider, SchemaComposition.Compose(PartnerSchema.Name, PartnerSchema.Description, provider.GetRequiredService<GlobalIdCodec>(), provider.GetServices<IPartnerSchemaContributor>())),
            authorizationPolicy: null));
        services.AddSingleton(provider => new GraphQLSchemaEndpoint(PharmaSchema.Name, PharmaSchema.Path,
            Executor(provider, SchemaComposition.Compose(PharmaSchema.Name, PharmaSchema.Description, provider.GetRequiredService<GlobalIdCodec>(), provider.GetServices<IPharmaSchemaContributor>())),
            SermoPolicies.PharmaGraph));
        return services;
    }

    private static RequestExecutor Executor(IServiceProvider provider, Schema schema) =>
        new(schema, new RequestExecutorOptions
        {
            Timeout = provider.GetRequiredService<IOptions<GraphQLOptions>>().Value.ExecutionTimeout,
            ErrorFilter = provider.GetRequiredService<SermoErrorFilter>(),
            // Both graphs hide fields from callers who may not see them, so validation names no field, argument,
            // type or enum value the caller did not write ("Did you mean ...?").
            HideSuggestions = true,
        });
}
