using Microsoft.Extensions.Options;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Hosting;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Auth:SigningKey", "too-short", "Auth:SigningKey is 9 bytes")]
    [InlineData("GraphQL:MaxRequestBytes", "10", "GraphQL:MaxRequestBytes must be between")]
    [InlineData("GraphQL:ExecutionTimeout", "00:00:00", "GraphQL:ExecutionTimeout must be more than 0")]
    public void Refuses_to_start_with_a_clear_message(string key, string value, string expectedMessage)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => SermoServer.Start(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
    }
}
