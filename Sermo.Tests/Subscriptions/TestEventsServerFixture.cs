using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Subscriptions;

/// <summary>One server with the test event fields, shared by the tests of a class (topics keep them apart).</summary>
public sealed class TestEventsServerFixture : IAsyncLifetime
{
    private SermoServer? _server;

    public SermoServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        _server = TestEventsContributor.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
