using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Api.Auth;

namespace Sermo.Tests.Api.Auth;

public sealed class BearerTokenValidatorTests
{
    private static readonly AuthOptions Options = new() { SigningKey = "a-signing-key-for-validator-tests-0123456789" };

    [Fact]
    public async Task Accepts_its_own_tokens_and_exposes_subject_and_roles()
    {
        var token = Issuer(Options, TimeProvider.System).Issue("analyst-1", [SermoRoles.Pharma, "reader"], TimeSpan.FromMinutes(5));

        var principal = await Validator(Options).ValidateAsync(token, CancellationToken.None);

        Assert.NotNull(principal);
        Assert.True(principal.Identity?.IsAuthenticated);
        Assert.Equal("analyst-1", principal.Identity?.Name);
        Assert.True(principal.IsInRole(SermoRoles.Pharma));
        Assert.True(principal.IsInRole("reader"));
        Assert.False(principal.IsInRole("admin"));
    }

    [Fact]
    public async Task Rejects_an_expired_token()
    {
        var past = new FixedTime(DateTimeOffset.UtcNow.AddHours(-2));
        var token = Issuer(Options, past).Issue("analyst-1", [], TimeSpan.FromMinutes(5));

        Assert.Null(await Validator(Options).ValidateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task Rejects_a_token_signed_with_another_key()
    {
        var forger = new AuthOptions { SigningKey = "someone-elses-key-that-is-also-long-enough" };
        var token = Issuer(forger, TimeProvider.System).Issue("analyst-1", [SermoRoles.Pharma], TimeSpan.FromMinutes(5));

        Assert.Null(await Validator(Options).ValidateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task Rejects_a_token_for_another_audience()
    {
        var other = new AuthOptions { SigningKey = Options.SigningKey, Audience = "another-api" };
        var token = Issuer(other, TimeProvider.System).Issue("analyst-1", [], TimeSpan.FromMinutes(5));

        Assert.Null(await Validator(Options).ValidateAsync(token, CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    public async Task Rejects_malformed_and_unsigned_tokens(string token) =>
        Assert.Null(await Validator(Options).ValidateAsync(token, CancellationToken.None));

    private static BearerTokenValidator Validator(AuthOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), NullLogger<BearerTokenValidator>.Instance);

    private static BearerTokenIssuer Issuer(AuthOptions options, TimeProvider time) =>
        new(Microsoft.Extensions.Options.Options.Create(options), time);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
