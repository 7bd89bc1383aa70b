using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Domain.Pages;
using Sermo.Domain.Persistence;
using Sermo.Tests.Api.Images;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>An upload whose row cannot be saved after its blob was written: the blob is deleted again, so the failure
/// leaves nothing stored. A server of its own on the demo seed, whose database refuses every new image row.</summary>
public sealed class ImageStorageFailureTests : IAsyncLifetime
{
    private SermoServer _server = null!;

    public Task InitializeAsync()
    {
        _server = SermoServer.Start(new Dictionary<string, string?> { ["Database:SeedDemoWhenEmpty"] = "true" }, services =>
            services.ConfigureDbContext<SermoDbContext>((_, options) => options.AddInterceptors(new RefuseImageRows()), ServiceLifetime.Singleton));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_row_that_cannot_be_saved_takes_its_blob_with_it()
    {
        var uploads = new ImageUploads(_server);
        var (agency, organisation, _) = await uploads.MandateAsync();
        var before = await uploads.StoredAsync();

        var (status, body) = await uploads.PostAsync(
            ImageUploads.Form(PartnerIds.Of(_server, "Organisation", organisation), TestImages.Png(), "logo.png", "image/png"), PageTeams.AgencyToken(_server, agency));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("INTERNAL_SERVER_ERROR", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await uploads.StoredAsync());
    }

    /// <summary>Fails a save that adds an image, as a database gone away between the blob and the row would.</summary>
    private sealed class RefuseImageRows : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<StoredImage>().Any(entry => entry.State == EntityState.Added)
                ? throw new DbUpdateException("The database went away.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
