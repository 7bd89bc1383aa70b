using System.Net;
using System.Text.Json;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Api.Hosting;

[Collection(SermoServerCollection.Name)]
public sealed class HealthEndpointTests(SermoServerFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Reports_healthy_as_json(string path)
    {
        using var client = fixture.Server.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Object, report.RootElement.GetProperty("checks").ValueKind);
    }
}
