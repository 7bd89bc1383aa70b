using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Events;
using Sermo.Api.Schemas.Pharma;
using Sermo.Api.Schemas.Pharma.Reports;
using Sermo.Tests.Events;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Partner;

namespace Sermo.Tests.Pharma;

/// <summary><c>releasePublished</c> and staff's <c>cutReportRelease</c> on the demo seed: a token naming no company is
/// refused when subscribing; only staff cut. (Delivery is tested on an empty database below, where a cut takes
/// moments: on the demo seed it can take minutes on a loaded machine.)</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class ReleasePublishedSubscriptionTests(PartnerGraphFixture fixture)
{
    public const string ReleasePublished = "subscription { releasePublished { id cutOffAt cellCount } }";

    [Fact]
    public async Task A_token_naming_no_company_is_refused_when_subscribing()
    {
        var server = fixture.Server(PartnerGraphFixture.Sqlite);
        await using var subscription = await PartnerSubscription.OpenAsync(server, PartnerSubscription.TransportWs, PharmaCallers.TokenWithoutCompany(server), ReleasePublished, path: PharmaSchema.Path);
        var refused = await subscription.NextAsync();
        Assert.Equal(NotEntitled.Code, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_staff_cut_releases()
    {
        var server = fixture.Server(PartnerGraphFixture.Sqlite);
        var member = new GraphClient(server, server.IssueToken(Guid.NewGuid().ToString(), SermoRoles.Physician));
        var refused = await member.PostAsync("mutation { cutReportRelease { release { id } } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>How long a cut may take on a loaded machine.</summary>
    internal static readonly TimeSpan CutTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Staff cut a release: its id, or null when the cut outlasted the request's execution timeout (it still publishes).</summary>
    internal static async Task<string?> CutAsync(SermoServer server)
    {
        var staff = new GraphClient(server, server.IssueToken("staff-reports", SermoRoles.Staff));
        var response = await staff.PostAsync("mutation { cutReportRelease { release { id } errors { code message } } }");
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Equal("TIMEOUT", errors[0].GetProperty("extensions").GetProperty("code").GetString());
            return null;
        }
        var payload = response.GetProperty("data").GetProperty("cutReportRelease");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("release").GetProperty("id").GetString()!;
    }
}

/// <summary>Two instances over one database and one Redis: a release staff cut on one reaches subscribers on the other,
/// over each of the three transports.</summary>
public sealed class ReleasePublishedRedisTests : IAsyncLifetime
{
    private RedisInstancePair _instances = null!;

    public async Task InitializeAsync() => _instances = await RedisInstancePair.StartAsync("releases-redis");

    public async Task DisposeAsync() => await _instances.DisposeAsync();

    [Fact]
    public async Task A_release_staff_cut_reaches_pharma_subscribers_on_every_transport()
    {
        var server = _instances.First;
        var subscriptions = new List<PartnerSubscription>();
        try
        {
            foreach (var transport in new[] { PartnerSubscription.TransportWs, PartnerSubscription.LegacyWs, PartnerSubscription.Sse })
                subscriptions.Add(await PartnerSubscription.OpenAsync(server, transport, PharmaCallers.Token(server), ReleasePublishedSubscriptionTests.ReleasePublished, path: PharmaSchema.Path));
            // The server says nothing once it has subscribed: wait a moment before the cut.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var cutId = await ReleasePublishedSubscriptionTests.CutAsync(_instances.Second);
            var published = await Task.WhenAll(subscriptions.Select(s => s.NextAsync())).WaitAsync(ReleasePublishedSubscriptionTests.CutTimeout);
            var latest = (await PharmaCallers.Client(server, PharmaCallers.Token(server)).DataAsync("{ latestRelease { id } }")).GetProperty("latestRelease").GetProperty("id").GetString();
            foreach (var release in published.Select(p => p.GetProperty("data").GetProperty("releasePublished")))
            {
                Assert.Equal(cutId ?? latest, release.GetProperty("id").GetString());
                Assert.Equal(JsonValueKind.Number, release.GetProperty("cellCount").ValueKind);
            }
        }
        finally
        {
            foreach (var subscription in subscriptions)
                await subscription.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_release_cut_on_one_instance_reaches_a_subscriber_on_the_other()
    {
        await using var subscription = await PartnerSubscription.OpenAsync(_instances.First, PartnerSubscription.TransportWs, PharmaCallers.Token(_instances.First),
            ReleasePublishedSubscriptionTests.ReleasePublished, path: PharmaSchema.Path);
        var cut = new List<string?>();
        var published = await subscription.NextAfterAsync(async () => cut.Add(await ReleasePublishedSubscriptionTests.CutAsync(_instances.Second))).WaitAsync(ReleasePublishedSubscriptionTests.CutTimeout);
        Assert.Contains(published.GetProperty("data").GetProperty("releasePublished").GetProperty("id").GetString(), cut);
        Assert.Equal(JsonValueKind.Number, published.GetProperty("data").GetProperty("releasePublished").GetProperty("cellCount").ValueKind);
    }
}
