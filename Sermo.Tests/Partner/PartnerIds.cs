using Microsoft.Extensions.DependencyInjection;
using Sermo.GraphQL.Relay;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>The global id a server gives an entity (what a client would have read from the graph).</summary>
public static class PartnerIds
{
    public static string Of(SermoServer server, string typeName, object key) =>
        server.Services.GetRequiredService<GlobalIdCodec>().Encode(typeName, key);
}
