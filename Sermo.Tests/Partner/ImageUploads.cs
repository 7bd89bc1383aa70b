using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Api.Transport.Multipart;
using Sermo.Domain.Persistence;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>Uploads to a real server as the GraphQL multipart request specification lays them out, and what is stored
/// on that server: the seed's agencies and their organisations, the rows and the blob files.</summary>
internal sealed class ImageUploads(SermoServer server)
{
    public const string UploadMutation = """
        mutation Upload($input: UploadImageInput!) {
          uploadImage(input: $input) {
            image { id url width height contentType byteLength }
            errors { code message path }
          }
        }
        """;

    /// <summary>An agency of the demo seed, an organisation it acts for now, and one it does not act for (<see cref="PageTeams"/>).</summary>
    public async Task<(Guid Agency, Guid Organisation, Guid OtherOrganisation)> MandateAsync()
    {
        var teams = await PageTeams.ReadAsync(server);
        return (teams.HomeAgencyId, teams.Home.Id, teams.Other.Id);
    }

    public static MultipartFormDataContent Form(string organisationId, byte[] file, string fileName, string contentType, bool withMap = true)
    {
        var operations = JsonSerializer.Serialize(new { query = UploadMutation, variables = new { input = new { organisationId, file = (object?)null } } });
        var form = new MultipartFormDataContent { { new StringContent(operations, Encoding.UTF8), "operations" } };
        if (withMap)
            form.Add(new StringContent("""{"0":["variables.input.file"]}""", Encoding.UTF8), "map");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(part, "0", fileName);
        return form;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpContent content, string? token, string path = "/graphql", bool preflight = true)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (preflight)
            request.Headers.Add(MultipartRequestReader.PreflightHeader, "1");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>The <c>uploadImage</c> payload of a request that must be answered 200 without top-level errors.</summary>
    public async Task<JsonElement> UploadAsync(string token, string organisationId, byte[] file, string fileName, string contentType)
    {
        var (status, body) = await PostAsync(Form(organisationId, file, fileName, contentType), token);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"HTTP {(int)status}: {body}");
        return body.GetProperty("data").GetProperty("uploadImage");
    }

    /// <summary>Rows in StoredImages and files in the blob folder (temporary ones included).</summary>
    public async Task<(int Rows, int Files)> StoredAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var files = Directory.Exists(server.BlobDirectory) ? Directory.GetFiles(server.BlobDirectory, "*", SearchOption.AllDirectories).Length : 0;
        return (await db.StoredImages.CountAsync(), files);
    }
}
