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
        var principal = await fixture.Server.Services.GetRequiredService<BearerTokenValidator>().ValidateAsync(output.ToString().Trim(), CancellationToken.None);
        Assert.Equal("dev-analyst", principal?.Identity?.Name);
        Assert.True(principal?.IsInRole(SermoRoles.Pharma));
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
