using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parquet.Serialization;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Pharma.Reports;
using Sermo.Domain.Persistence;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Partner;

namespace Sermo.Tests.Pharma;

/// <summary>The CSV and Parquet downloads over real HTTP on both databases: the same rows, columns and values as the
/// graph's <c>rows</c>; the token's entitlement; 401/403/404, and 400 for a bad filter in the graph's words; the ETag
/// and cache headers of an immutable release.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PharmaDownloadsTests(PartnerGraphFixture fixture)
{
    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Csv_parquet_and_the_graphs_rows_hold_the_same_rows(string provider)
    {
        var server = fixture.Server(provider);
        var (drugClass, indication) = await PharmaReportsGraphTests.BusiestClassAsync(server);
        var token = PharmaCallers.Token(server);
        var classId = PartnerIds.Of(server, "DrugClass", drugClass);
        var indicationId = PartnerIds.Of(server, "Indication", indication);

        var graph = await GraphRowsAsync(PharmaCallers.Client(server, token), classId, indicationId);
        Assert.True(graph.Count > 20, $"Only {graph.Count} rows to compare.");
        var release = graph[0][0];
        var query = $"?periodKind=YEAR&drugClassId={Uri.EscapeDataString(classId)}&indicationId={Uri.EscapeDataString(indicationId)}";

        using var csvResponse = await GetAsync(server, $"/pharma/releases/{Uri.EscapeDataString(release)}/rows.csv{query}", token);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        using var csv = CsvReader.Create(await csvResponse.Content.ReadAsByteArrayAsync(), CsvReaderOptions.Default);
        var csvRows = new List<string[]>();
        while (csv.Read())
            csvRows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv[i].ToString())]);
        Assert.Equal(ReportRowColumns.All.Select(c => c.Name), csv.Headers);
        Assert.Equal(graph, csvRows);

        using var parquetResponse = await GetAsync(server, $"/pharma/releases/{Uri.EscapeDataString(release)}/rows.parquet{query}", token);
        Assert.Equal(HttpStatusCode.OK, parquetResponse.StatusCode);
        var parquet = await ParquetSerializer.DeserializeUntypedAsync(new MemoryStream(await parquetResponse.Content.ReadAsByteArrayAsync()));
        var parquetRows = parquet.Data.Select(row => ReportRowColumns.All.Select(c => Text(row.TryGetValue(c.Name, out var v) ? v : null)).ToArray()).ToList();
        Assert.Equal(graph, parquetRows);
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Downloads_need_a_pharma_token_with_a_company_and_name_a_release(string provider)
    {
        var server = fixture.Server(provider);
        var release = (await PharmaCallers.Client(server, PharmaCallers.Token(server)).DataAsync("{ latestRelease { id } }")).GetProperty("latestRelease").GetProperty("id").GetString()!;
        var path = $"/pharma/releases/{Uri.EscapeDataString(release)}/rows.csv?periodKind=YEAR";

        using (var anonymous = await GetAsync(server, path, null))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var physician = await GetAsync(server, path, server.IssueToken(Guid.NewGuid().ToString(), SermoRoles.Physician, SermoRoles.Staff)))
            Assert.Equal(HttpStatusCode.Forbidden, physician.StatusCode);
        using (var noCompany = await GetAsync(server, path, PharmaCallers.TokenWithoutCompany(server)))
            Assert.Equal(HttpStatusCode.Forbidden, noCompany.StatusCode);
        using (var unknown = await GetAsync(server, $"/pharma/releases/{Uri.EscapeDataString(PartnerIds.Of(server, "ReportRelease", Guid.NewGuid()))}/rows.parquet", PharmaCallers.Token(server)))
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using (var garbage = await GetAsync(server, "/pharma/releases/not-an-id/rows.csv", PharmaCallers.Token(server)))
            Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        using (var badFilter = await GetAsync(server, path.Replace("YEAR", "WEEK"), PharmaCallers.Token(server)))
            Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);

        var (drug, _) = await PharmaReportsGraphTests.BusiestDrugAsync(server);
        var other = await OtherClassAsync(server, drug);
        using (var outside = await GetAsync(server, $"{path}&drugId={Uri.EscapeDataString(PartnerIds.Of(server, "Drug", drug))}", PharmaCallers.Token(server, other.ToString())))
        {
            Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
            Assert.DoesNotContain(PartnerIds.Of(server, "Drug", drug), await outside.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_bad_filter_is_refused_in_the_same_words_by_the_graph_and_the_downloads(string provider)
    {
        var server = fixture.Server(provider);
        var token = PharmaCallers.Token(server);
        var client = PharmaCallers.Client(server, token);
        var release = (await client.DataAsync("{ latestRelease { id } }")).GetProperty("latestRelease").GetProperty("id").GetString()!;
        var tooMany = Enumerable.Repeat("x", ReportRowSource.MaxListValues + 1).ToList();

        foreach (var (ids, code) in new (IReadOnlyList<string> Ids, string Code)[] { (tooMany, "BAD_USER_INPUT"), (["not-an-id"], "INVALID_ID") })
        {
            var graph = await client.PostAsync("query($ids: [ID!]) { rows(where: { indicationIds: $ids }, first: 1) { totalCount } }", new { ids });
            var error = Assert.Single(graph.GetProperty("errors").EnumerateArray());
            Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
            var message = error.GetProperty("message").GetString();

            using var download = await GetAsync(server, $"/pharma/releases/{Uri.EscapeDataString(release)}/rows.csv?{string.Join("&", ids.Select(id => "indicationId=" + id))}", token);
            Assert.Equal(HttpStatusCode.BadRequest, download.StatusCode);
            Assert.Equal(message, JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_release_download_is_cached_by_its_etag(string provider)
    {
        var server = fixture.Server(provider);
        var token = PharmaCallers.Token(server);
        var release = (await PharmaCallers.Client(server, token).DataAsync("{ latestRelease { id } }")).GetProperty("latestRelease").GetProperty("id").GetString()!;
        var path = $"/pharma/releases/{Uri.EscapeDataString(release)}/rows.parquet?periodKind=YEAR";

        using var first = await GetAsync(server, path, token);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl?.Private);
        Assert.Equal(TimeSpan.FromDays(365), first.Headers.CacheControl?.MaxAge);

        using var again = await GetAsync(server, path, token, etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        using var otherSubscription = await GetAsync(server, path, PharmaCallers.Token(server, Guid.NewGuid().ToString()), etag);
        Assert.Equal(HttpStatusCode.OK, otherSubscription.StatusCode);
        Assert.NotEqual(etag, otherSubscription.Headers.ETag);
    }

    /// <summary>Every row the graph gives for one class and indication over years, each as the CSV would write it.</summary>
    private static async Task<List<string[]>> GraphRowsAsync(GraphClient client, string drugClass, string indication)
    {
        var fields = string.Join(" ", ReportRowColumns.All.Select(c => c.Name));
        var rows = new List<string[]>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync($$"""
                query($class: ID!, $indication: ID!, $after: String) {
                  rows(where: { periodKind: YEAR, drugClassIds: [$class], indicationIds: [$indication] }, first: 100, after: $after) { nodes { {{fields}} } pageInfo { hasNextPage endCursor } }
                }
                """, new { @class = drugClass, indication, after })).GetProperty("rows");
            rows.AddRange(page.GetProperty("nodes").EnumerateArray().Select(node => ReportRowColumns.All.Select(c => Text(node.GetProperty(c.Name))).ToArray()));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return rows;
    }

    /// <summary>A value as CSV text: JSON and Parquet values written the way the CSV writes them.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        JsonElement { ValueKind: JsonValueKind.Null } => "",
        JsonElement { ValueKind: JsonValueKind.True } => "true",
        JsonElement { ValueKind: JsonValueKind.False } => "false",
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString()!,
        JsonElement json => json.GetRawText(),
        bool flag => flag ? "true" : "false",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    internal static async Task<HttpResponseMessage> GetAsync(SermoServer server, string path, string? token, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(request);
    }

    private static async Task<Guid> OtherClassAsync(SermoServer server, Guid drug)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        return await db.DrugClasses.Where(c => !db.Drugs.Any(d => d.Id == drug && d.Classes.Any(m => m.DrugClassId == c.Id))).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
    }
}
