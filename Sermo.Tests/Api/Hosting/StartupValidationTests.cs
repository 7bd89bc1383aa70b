using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Hosting;

public sealed class StartupValidationTests
{
    private const string Authority = "https://login.example.test/tenant";

    [Theory]
    [InlineData("Auth:SigningKey", "too-short", "Auth:SigningKey is 9 bytes")]
    [InlineData("Auth:Audience", "", "Auth:Audience must not be empty")]
    [InlineData("Auth:Authority", "login.example.test", "Auth:Authority must be an absolute http(s) address")]
    [InlineData("Auth:Authority", "http://login.example.test", "Auth:Authority 'http://login.example.test' is not HTTPS")]
    [InlineData("GraphQL:MaxRequestBytes", "10", "GraphQL:MaxRequestBytes must be between")]
    [InlineData("GraphQL:ExecutionTimeout", "00:00:00", "GraphQL:ExecutionTimeout must be more than 0")]
    [InlineData("Uploads:MaxFiles", "0", "Uploads:MaxFiles must be between 1 and 100")]
    [InlineData("Uploads:MaxRequestBytes", "10", "Uploads:MaxRequestBytes must be at least Uploads:MaxFileBytes")]
    [InlineData("BlobStore:Path", " ", "BlobStore:Path must name a folder")]
    [InlineData("Relay:Secret", "", "Relay:Secret is not set")]
    [InlineData("Relay:Secret", "not base64!", "Relay:Secret is not base64")]
    [InlineData("Relay:Secret", "c2hvcnQ=", "Relay:Secret is 5 bytes; ids and cursors need at least 32")]
    public void Refuses_to_start_with_a_clear_message(string key, string value, string expectedMessage) =>
        AssertRefused(new Dictionary<string, string?> { [key] = value }, expectedMessage);

    [Fact]
    public void Outside_development_refuses_to_start_without_a_way_to_check_tokens() =>
        AssertRefused(Production(authority: "", signingKey: ""), "Neither Auth:Authority nor Auth:SigningKey is set");

    [Fact]
    public void Outside_development_refuses_to_start_with_both_an_authority_and_a_signing_key() =>
        AssertRefused(Production(Authority, SermoServer.SigningKey), "Auth:Authority and Auth:SigningKey are both set; outside Development set exactly one (the environment is Production)");

    [Theory]
    [InlineData(Authority, "")]
    [InlineData("", SermoServer.SigningKey)]
    public async Task Outside_development_starts_with_exactly_one_of_them(string authority, string signingKey)
    {
        await using var server = SermoServer.Start(Production(authority, signingKey));
        using var client = server.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Development_may_trust_an_authority_beside_its_development_key()
    {
        await using var server = SermoServer.Start(new Dictionary<string, string?> { ["Auth:Authority"] = Authority });
        using var client = server.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_plain_http_authority_is_allowed_when_https_metadata_is_explicitly_not_required()
    {
        await using var server = SermoServer.Start(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = "http://127.0.0.1:9/",
            ["Auth:RequireHttpsMetadata"] = "false",
        });
        using var client = server.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    private static void AssertRefused(Dictionary<string, string?> settings, string expectedMessage)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => SermoServer.Start(settings));

        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Production(string authority, string signingKey) => new()
    {
        [WebHostDefaults.EnvironmentKey] = "Production",
        ["Auth:Authority"] = authority,
        ["Auth:SigningKey"] = signingKey,
    };
}
