using Microsoft.Extensions.Options;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Schemas;

public static class RelayServiceCollectionExtensions
{
    /// <summary>The codecs of global ids and paging cursors, sealed with <c>Relay:Secret</c> (validated at start-up).</summary>
    public static IServiceCollection AddSermoRelay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RelayOptions>().Bind(configuration.GetSection(RelayOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RelayOptions>, RelayOptionsValidator>();
        services.AddSingleton(provider => new GlobalIdCodec(provider.GetRequiredService<IOptions<RelayOptions>>().Value.SecretBytes()));
        services.AddSingleton(provider => new CursorCodec(provider.GetRequiredService<IOptions<RelayOptions>>().Value.SecretBytes()));
        return services;
    }
}
