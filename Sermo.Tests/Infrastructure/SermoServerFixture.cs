namespace Sermo.Tests.Infrastructure;

/// <summary>One default server shared by the test classes of a collection (start-up is the slow part).</summary>
public sealed class SermoServerFixture : IAsyncLifetime
{
    private SermoServer? _server;

    public SermoServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        _server = SermoServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SermoServerCollection : ICollectionFixture<SermoServerFixture>
{
    public const string Name = "Sermo server";
}
