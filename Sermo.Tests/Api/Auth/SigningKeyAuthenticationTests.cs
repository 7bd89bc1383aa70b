using Microsoft.Extensions.Options;
using Sermo.Api.Auth;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Auth;

/// <summary>The JwtBearer scheme with the development HMAC key (Auth:SigningKey), through the real host: what
/// it accepts, and that every token that does not check out is a GraphQL-shaped 401, never anonymous.</summary>
[Collection(SermoServerCollection.Name)]
public sealed class SigningKeyAuthenticationTests(SermoServerFixture fixture)
{
    private static readonly AuthOptions Development = new() { SigningKey = SermoServer.SigningKey };

    [Fact]
    public async Task Accepts_its_own_tokens_and_exposes_subject_and_roles_under_their_short_names()
    {
        var viewer = await ViewerProbe.ViewerAsync(fixture.Server, fixture.Server.IssueToken("analyst-1", SermoRoles.Pharma, "reader"));

        Assert.True(viewer.GetProperty("authenticated").GetBoolean());
        Assert.Equal("analyst-1", viewer.GetProperty("subject").GetString());
        Assert.Equal([SermoRoles.Pharma, "reader"], viewer.GetProperty("roles").EnumerateArray().Select(role => role.GetString()).Order());
    }

    [Fact]
    public async Task A_request_without_an_authorization_header_is_anonymous()
    {
        using var response = await ViewerProbe.PostAsync(fixture.Server, authorization: null);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"authenticated\":false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_expired_token() =>
        await AssertRefusedAsync("Bearer " + Issue(Development, new FixedTime(DateTimeOffset.UtcNow.AddHours(-2))));

    [Fact]
    public async Task Refuses_a_token_signed_with_another_key() =>
        await AssertRefusedAsync("Bearer " + Issue(new AuthOptions { SigningKey = "someone-elses-key-that-is-also-long-enough" }, TimeProvider.System));

    [Fact]
    public async Task Refuses_a_token_for_another_audience() =>
        await AssertRefusedAsync("Bearer " + Issue(new AuthOptions { SigningKey = SermoServer.SigningKey, Audience = "another-api" }, TimeProvider.System));

    [Fact]
    public async Task Refuses_a_token_from_another_issuer() =>
        await AssertRefusedAsync("Bearer " + Issue(new AuthOptions { SigningKey = SermoServer.SigningKey, Issuer = "someone-else" }, TimeProvider.System));

    [Fact]
    public async Task Refuses_an_unsigned_alg_none_token() =>
        await AssertRefusedAsync("Bearer " + UnsignedToken.Create(Development.Issuer, Development.Audience, "analyst-1", SermoRoles.Pharma));

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer ")]
    [InlineData("Basic YWxpY2U6c2VjcmV0")]
    public async Task Refuses_malformed_credentials_instead_of_serving_them_as_anonymous(string authorization) =>
        await AssertRefusedAsync(authorization);

    private async Task AssertRefusedAsync(string authorization)
    {
        using var response = await ViewerProbe.PostAsync(fixture.Server, authorization);
        await ViewerProbe.AssertNotAuthenticatedAsync(response);
    }

    private static string Issue(AuthOptions options, TimeProvider time) =>
        new BearerTokenIssuer(Options.Create(options), time).Issue("analyst-1", [SermoRoles.Pharma], TimeSpan.FromMinutes(5));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
