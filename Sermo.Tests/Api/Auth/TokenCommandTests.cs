using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Auth;

[Collection(SermoServerCollection.Name)]
public sealed class TokenCommandTests(SermoServerFixture fixture)
{
    [Fact]
    public async Task Prints_a_token_the_server_accepts_with_the_requested_roles()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TokenCommand.Run(fixture.Server.Services, ["--subject", "dev-analyst", "--role", SermoRoles.Pharma, "--hours", "1"], output, error);

        Assert.Equal(0, exitCode);
        var principal = (await fixture.Server.Services.GetRequiredService<JwtBearerTokenValidator>().ValidateAsync(output.ToString().Trim(), CancellationToken.None))?.User;
        Assert.Equal("dev-analyst", principal?.Identity?.Name);
        Assert.True(principal?.IsInRole(SermoRoles.Pharma));
    }

    [Fact]
    public async Task Sends_the_caller_to_the_identity_provider_when_only_an_authority_is_configured()
    {
        await using var server = SermoServer.Start(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = "https://login.example.test/tenant",
            ["Auth:SigningKey"] = "",
        });
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(1, TokenCommand.Run(server.Services, ["--subject", "dev-analyst"], output, error));
        Assert.Contains("identity provider at https://login.example.test/tenant", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Auth:SigningKey", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData(new[] { "--role", "pharma" }, "--subject is required")]
    [InlineData(new[] { "--subject", "x", "--hours", "-1" }, "unexpected argument '--hours'")]
    public void Explains_bad_arguments_and_exits_with_2(string[] arguments, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, TokenCommand.Run(fixture.Server.Services, arguments, output, error));
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }
}
