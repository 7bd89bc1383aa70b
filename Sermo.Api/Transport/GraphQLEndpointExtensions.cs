namespace Sermo.Api.Transport;

public static class GraphQLEndpointExtensions
{
    /// <summary>The transport services; schemas are added as <see cref="GraphQLSchemaEndpoint"/> singletons.</summary>
    public static IServiceCollection AddSermoGraphQLTransport(this IServiceCollection services)
    {
        services.AddSingleton<GraphQLSchemaRegistry>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<Multipart.MultipartRequestReader>();
        services.AddSingleton<Http.GraphQLHttpHandler>();
        services.AddSingleton<Sse.GraphQLSseHandler>();
        services.AddSingleton<GraphQLEndpointAuthorizer>();
        services.AddSingleton<GraphQLEndpointDispatcher>();
        return services;
    }

    /// <summary>One endpoint per schema path, answering every method (the handler says 405 to the wrong ones),
    /// and the schema's SDL at <c>&lt;path&gt;/sdl</c> (public: it is published in the repository anyway).</summary>
    public static WebApplication MapSermoGraphQL(this WebApplication app)
    {
        var registry = app.Services.GetRequiredService<GraphQLSchemaRegistry>();
        var dispatcher = app.Services.GetRequiredService<GraphQLEndpointDispatcher>();
        foreach (var endpoint in registry.Endpoints)
        {
            app.Map(endpoint.Path.Value!, context => dispatcher.DispatchAsync(context, endpoint))
                .WithDisplayName($"GraphQL {endpoint.Name}");
            app.MapGet(endpoint.Path.Value + "/sdl", () => Results.Text(endpoint.Sdl, "text/plain; charset=utf-8"))
                .WithDisplayName($"GraphQL {endpoint.Name} SDL");
        }
        return app;
    }
}
