using Sermo.Tests.Infrastructure;
using Sermo.Tests.Subscriptions;

namespace Sermo.Tests.Ide;

/// <summary>A server on the demo seed, as `dotnet run --project Sermo.Api` starts it, with the test event fields for the
/// IDE's subscription check.</summary>
public sealed class DemoIdeServerFixture : IAsyncLifetime
{
    private SermoServer? _server;

    public SermoServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        _server = TestEventsContributor.StartServer(new Dictionary<string, string?> { ["Database:SeedDemoWhenEmpty"] = "true" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
