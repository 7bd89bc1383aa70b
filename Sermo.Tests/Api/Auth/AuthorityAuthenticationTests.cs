using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Sermo.Api.Auth;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Auth;

/// <summary>The JwtBearer scheme against an OpenID Connect authority (Auth:Authority): a test provider serves
/// discovery and JWKS over loopback HTTP, the real host fetches its keys, and HTTP and the WebSocket
/// <c>connection_init</c> accept and refuse the same tokens, across a key rotation too.</summary>
public sealed class AuthorityAuthenticationTests : IAsyncLifetime
{
    private const string Audience = "sermo-api";
    private static readonly TimeSpan RotationDeadline = TimeSpan.FromSeconds(20);
    private readonly RsaSecurityKey _keyA = TestIdentityProvider.CreateKey("key-a");
    private TestIdentityProvider? _provider;
    private SermoServer? _server;

    private TestIdentityProvider Provider => _provider ?? throw new InvalidOperationException("The provider has not started.");
    private SermoServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        _provider = await TestIdentityProvider.StartAsync(_keyA);
        _server = StartServer(_provider);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        if (_provider is not null)
            await _provider.DisposeAsync();
    }

    [Fact]
    public async Task A_token_signed_with_the_published_key_is_accepted_over_http_and_the_socket()
    {
        var token = Provider.IssueToken(_keyA, "bi-tool", Audience, [SermoRoles.Pharma]);

        var viewer = await ViewerProbe.ViewerAsync(Server, token, "/pharma/graphql");
        Assert.Equal("bi-tool", viewer.GetProperty("subject").GetString());
        Assert.Equal([SermoRoles.Pharma], viewer.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(("bi-tool", (int?)null), await ViewerProbe.OverSocketAsync(Server, token));
        Assert.Equal(1, Provider.JwksRequests);
    }

    [Fact]
    public async Task Refuses_a_token_for_another_audience() =>
        await AssertRefusedAsync(Provider.IssueToken(_keyA, "bi-tool", "another-api", []));

    [Fact]
    public async Task Refuses_an_expired_token() =>
        await AssertRefusedAsync(Provider.IssueToken(_keyA, "bi-tool", Audience, [], expires: DateTime.UtcNow.AddMinutes(-5)));

    [Fact]
    public async Task Refuses_a_token_signed_with_a_key_the_authority_does_not_publish() =>
        await AssertRefusedAsync(Provider.IssueToken(TestIdentityProvider.CreateKey("key-a"), "bi-tool", Audience, []));

    [Fact]
    public async Task Refuses_an_unsigned_alg_none_token() =>
        await AssertRefusedAsync(UnsignedToken.Create(Provider.Authority, Audience, "bi-tool", SermoRoles.Pharma));

    [Fact]
    public async Task Refuses_a_development_token_when_only_the_authority_is_trusted() =>
        await AssertRefusedAsync(new BearerTokenIssuer(Microsoft.Extensions.Options.Options.Create(new AuthOptions { SigningKey = SermoServer.SigningKey }), TimeProvider.System)
            .Issue("bi-tool", [SermoRoles.Pharma], TimeSpan.FromMinutes(5)));

    [Fact]
    public async Task After_a_key_rotation_the_new_key_is_fetched_and_the_withdrawn_one_refused()
    {
        var keyB = TestIdentityProvider.CreateKey("key-b");
        var tokenA = Provider.IssueToken(_keyA, "before", Audience, []);
        Assert.Equal("before", (await ViewerProbe.ViewerAsync(Server, tokenA)).GetProperty("subject").GetString());

        Provider.Publish(keyB);
        var tokenB = Provider.IssueToken(keyB, "after", Audience, []);

        // The socket meets the unknown kid first: it asks JwtBearer's configuration manager for the new keys.
        Assert.Equal(("after", (int?)null), await EventuallyAsync(() => ViewerProbe.OverSocketAsync(Server, tokenB), result => result.Subject is not null));
        Assert.True(Provider.JwksRequests >= 2, $"The JWKS was fetched {Provider.JwksRequests} time(s).");
        Assert.Equal("after", (await ViewerProbe.ViewerAsync(Server, tokenB)).GetProperty("subject").GetString());
        await AssertRefusedAsync(tokenA);
    }

    [Fact]
    public async Task An_unreachable_authority_refuses_tokens_with_401_rather_than_failing()
    {
        var key = TestIdentityProvider.CreateKey("key-gone");
        string token;
        SermoServer server;
        await using (var gone = await TestIdentityProvider.StartAsync(key))
        {
            token = gone.IssueToken(key, "bi-tool", Audience, []);
            server = StartServer(gone);
        }

        await using (server)
        {
            using var response = await ViewerProbe.PostAsync(server, "Bearer " + token);
            await ViewerProbe.AssertNotAuthenticatedAsync(response);
            Assert.Equal((null, 4401), await ViewerProbe.OverSocketAsync(server, token));
        }
    }

    /// <summary>Keys are refreshed in the background after an unknown kid is seen, so the first tries may be
    /// refused; the new key must be taken within the deadline.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> attempt, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + RotationDeadline;
        while (true)
        {
            var result = await attempt();
            if (done(result) || DateTime.UtcNow > deadline)
                return result;
            await Task.Delay(200);
        }
    }

    private async Task AssertRefusedAsync(string token)
    {
        using var response = await ViewerProbe.PostAsync(Server, "Bearer " + token);
        await ViewerProbe.AssertNotAuthenticatedAsync(response);
        Assert.Equal((null, 4401), await ViewerProbe.OverSocketAsync(Server, token));
    }

    private static SermoServer StartServer(TestIdentityProvider provider) =>
        SermoServer.Start(
            new Dictionary<string, string?>
            {
                ["Auth:Authority"] = provider.Authority,
                ["Auth:RequireHttpsMetadata"] = "false",
                ["Auth:Audience"] = Audience,
                ["Auth:SigningKey"] = "",
            },
            // JwtBearer's floor between two key refreshes is 5 minutes by default; a rotation test cannot wait that long.
            services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options => options.RefreshInterval = TimeSpan.FromSeconds(1)));
}
