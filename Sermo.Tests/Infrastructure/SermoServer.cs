using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;

namespace Sermo.Tests.Infrastructure;

/// <summary>The real Sermo.Api, in this process, on Kestrel at a free 127.0.0.1 port: real HTTP and
/// WebSockets (no TestServer), with configuration overrides and extra services per instance.</summary>
public sealed class SermoServer : IAsyncDisposable
{
    /// <summary>The signing key every test server uses, so tests can mint tokens without a server.</summary>
    public const string SigningKey = "sermo-tests-signing-key-at-least-32-bytes-long";

    /// <summary>The id and cursor secret every test server uses (32 bytes, base64).</summary>
    public const string RelaySecret = "evHH1vucMMq8VlZ2M3Eq5eA5zvuZYvsg8/W1XBxWkvM=";

    private readonly KestrelFactory _factory;

    private SermoServer(KestrelFactory factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The folder of this server's blob store (uploaded images), its own and deleted with it.</summary>
    public string BlobDirectory => _factory.Blobs;
    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts a server; throws what start-up throws (e.g. options validation failures).</summary>
    public static SermoServer Start(
        IReadOnlyDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? configureServices = null)
    {
        // Each server gets its own empty SQLite file (schema only, no demo seed) unless the test overrides it.
        var database = Path.Combine(Path.GetTempPath(), $"sermo-test-{Guid.NewGuid():N}.db");
        var blobs = Path.Combine(Path.GetTempPath(), $"sermo-test-blobs-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string?>
        {
            ["BlobStore:Path"] = blobs,
            ["Auth:SigningKey"] = SigningKey,
            ["Relay:Secret"] = RelaySecret,
            ["ConnectionStrings:Sermo"] = $"Data Source={database};Pooling=False",
            ["Database:SeedDemoWhenEmpty"] = "false",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
            settings[key] = value;
        var factory = new KestrelFactory(settings, configureServices, database, blobs);
        try
        {
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new SermoServer(factory, new Uri(address));
        }
        catch
        {
            factory.Dispose();
            DeleteFiles(database, blobs);
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public string IssueToken(string subject, params string[] roles) =>
        Services.GetRequiredService<BearerTokenIssuer>().Issue(subject, roles, TimeSpan.FromMinutes(10));

    /// <summary>A token with more claims (an agency's <c>agency</c>, a reviewer's <c>organisation</c>).</summary>
    public string IssueToken(string subject, IReadOnlyCollection<string> roles, IReadOnlyDictionary<string, string> claims) =>
        Services.GetRequiredService<BearerTokenIssuer>().Issue(subject, roles, TimeSpan.FromMinutes(10), claims);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        DeleteFiles(_factory.Database, _factory.Blobs);
    }

    /// <summary>Start-up creates the SQLite file before options are validated, so a failed start leaves one too.</summary>
    private static void DeleteFiles(string database, string blobs)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            File.Delete(file);
        if (Directory.Exists(blobs))
            Directory.Delete(blobs, recursive: true);
    }

    private sealed class KestrelFactory(
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? configureServices,
        string database,
        string blobs) : WebApplicationFactory<Program>
    {
        public string Database => database;
        public string Blobs => blobs;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
            if (configureServices is not null)
                builder.ConfigureServices(configureServices);
        }
    }
}
