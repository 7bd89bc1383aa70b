using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Auth;
using Sermo.Domain.Drugs;
using Sermo.Domain.Persistence;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Partner;

/// <summary>The drug catalogue over HTTP on both databases: who reads it, its filters and order against the database,
/// paging, and the errors of ids and page sizes.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class DrugsGraphTests(PartnerGraphFixture fixture)
{
    private const string DrugsPage = """
        query($where: DrugFilter, $orderBy: [DrugSort!], $first: Int, $after: String) {
          drugs(where: $where, orderBy: $orderBy, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { id brandName genericName classes { id name atcCode } indications { id name icd10 } manufacturer { id name kind } } } }
        """;

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Members_staff_agencies_and_reviewers_read_the_catalogue_as_the_database_holds_it(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var catalogue = await CatalogueAsync(server);
        foreach (var token in new[]
                 {
                     server.IssueToken(members.VerifiedAnonymous.Id.ToString(), SermoRoles.Physician),
                     server.IssueToken("staff-1", SermoRoles.Staff),
                     server.IssueToken("agency-user", SermoRoles.Agency),
                     server.IssueToken("reviewer-user", SermoRoles.Reviewer),
                 })
        {
            var drugs = (await fixture.Client(provider, token).DataAsync(DrugsPage, new { first = 5 })).GetProperty("drugs");
            Assert.Equal(catalogue.Drugs.Count, drugs.GetProperty("totalCount").GetInt32());
            var expected = catalogue.Drugs.OrderBy(d => d.BrandName, StringComparer.Ordinal).ThenBy(d => d.Id).Take(5).ToList();
            var nodes = drugs.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(expected.Select(d => d.BrandName), nodes.Select(n => n.GetProperty("brandName").GetString()));
            foreach (var (drug, node) in expected.Zip(nodes))
            {
                Assert.Equal(PartnerIds.Of(server, "Drug", drug.Id), node.GetProperty("id").GetString());
                Assert.Equal(drug.GenericName, node.GetProperty("genericName").GetString());
                Assert.Equal(drug.Classes.Select(c => catalogue.Classes[c.DrugClassId].Name).Order(),
                    node.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
                Assert.Equal(drug.Indications.Select(i => catalogue.Indications[i.IndicationId].Name).Order(),
                    node.GetProperty("indications").EnumerateArray().Select(i => i.GetProperty("name").GetString()).Order());
                Assert.Equal(catalogue.Manufacturers[drug.ManufacturerId], node.GetProperty("manufacturer").GetProperty("name").GetString());
                Assert.Equal("PHARMA_COMPANY", node.GetProperty("manufacturer").GetProperty("kind").GetString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Drugs_filter_by_name_ignoring_case_by_class_indication_and_manufacturer(string provider)
    {
        var server = fixture.Server(provider);
        var catalogue = await CatalogueAsync(server);
        var client = fixture.Client(provider, server.IssueToken("agency-user", SermoRoles.Agency));
        var sample = catalogue.Drugs.OrderBy(d => d.Id).First(d => d.Indications.Count > 1);
        var drugClass = sample.Classes[0].DrugClassId;
        var indication = sample.Indications[1].IndicationId;

        async Task<List<string>> BrandsAsync(object where) =>
            [.. (await client.DataAsync(DrugsPage, new { where, first = 100 })).GetProperty("drugs").GetProperty("nodes").EnumerateArray()
                .Select(n => n.GetProperty("brandName").GetString()!)];
        List<string> Expected(Func<Drug, bool> match) =>
            [.. catalogue.Drugs.Where(match).OrderBy(d => d.BrandName, StringComparer.Ordinal).ThenBy(d => d.Id).Select(d => d.BrandName)];

        var prefix = sample.BrandName[..3];
        Assert.Equal(Expected(d => d.BrandName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)),
            await BrandsAsync(new { brandName = new { startsWith = prefix.ToUpperInvariant() } }));
        var part = sample.GenericName[1..5];
        Assert.Equal(Expected(d => d.GenericName.Contains(part, StringComparison.OrdinalIgnoreCase)),
            await BrandsAsync(new { genericName = new { contains = part.ToUpperInvariant() } }));
        Assert.Equal(Expected(d => d.Classes.Any(c => c.DrugClassId == drugClass)),
            await BrandsAsync(new { @class = new { eq = PartnerIds.Of(server, "DrugClass", drugClass) } }));
        Assert.Equal(Expected(d => d.Indications.Any(i => i.IndicationId == indication) && d.ManufacturerId == sample.ManufacturerId),
            await BrandsAsync(new
            {
                indication = new { @in = new[] { PartnerIds.Of(server, "Indication", indication) } },
                manufacturer = new { eq = PartnerIds.Of(server, "Organisation", sample.ManufacturerId) },
            }));
        Assert.Contains(sample.BrandName, await BrandsAsync(new { or = new object[] { new { brandName = new { startsWith = prefix } }, new { genericName = new { startsWith = "zz-none" } } } }));

        // An id of another type, or no id of ours at all, is refused before any SQL, naming the kind expected.
        foreach (var wrong in new[] { PartnerIds.Of(server, "Indication", indication), "not-an-id" })
        {
            var refused = await client.PostAsync(DrugsPage, new { where = new { @class = new { eq = wrong } } });
            Assert.Equal("INVALID_ID", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("The id is not a valid DrugClass id.", refused.GetProperty("errors")[0].GetProperty("message").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Pages_join_up_in_the_order_asked_for_and_a_page_above_the_cap_is_a_clear_error(string provider)
    {
        var server = fixture.Server(provider);
        var catalogue = await CatalogueAsync(server);
        var client = fixture.Client(provider, server.IssueToken("staff-1", SermoRoles.Staff));
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(DrugsPage, new { orderBy = new[] { new { genericName = "DESC" } }, first = 40, after })).GetProperty("drugs");
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        Assert.Equal(catalogue.Drugs.OrderByDescending(d => d.GenericName, StringComparer.Ordinal).ThenBy(d => d.Id).Select(d => PartnerIds.Of(server, "Drug", d.Id)), seen);

        var tooMany = await client.PostAsync("{ drugs(first: 101) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("101", tooMany.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Classes_and_indications_are_listed_by_name_for_the_filters(string provider)
    {
        var server = fixture.Server(provider);
        var catalogue = await CatalogueAsync(server);
        var client = fixture.Client(provider, server.IssueToken("reviewer-user", SermoRoles.Reviewer));
        var data = await client.DataAsync("""
            { drugClasses(first: 100) { totalCount nodes { name } }
              inhibitors: drugClasses(where: { name: { contains: "INHIBITOR" } }, first: 100) { nodes { name } }
              indications(where: { name: { startsWith: "type" } }) { nodes { id name icd10 } } }
            """);
        Assert.Equal(catalogue.Classes.Values.Select(c => c.Name).Order(StringComparer.Ordinal),
            data.GetProperty("drugClasses").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(catalogue.Classes.Values.Select(c => c.Name).Where(n => n.Contains("inhibitor", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal),
            data.GetProperty("inhibitors").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        var types = catalogue.Indications.Values.Where(i => i.Name.StartsWith("Type", StringComparison.Ordinal)).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(types);
        Assert.Equal(types.Select(i => ((string?)PartnerIds.Of(server, "Indication", i.Id), i.Icd10Code)),
            data.GetProperty("indications").GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("id").GetString(), n.GetProperty("icd10").GetString())));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task Callers_outside_the_catalogue_are_refused_and_get_null_for_its_nodes_as_for_ids_naming_nothing(string provider)
    {
        var server = fixture.Server(provider);
        var members = await DemoMembers.ReadAsync(server);
        var catalogue = await CatalogueAsync(server);
        var drug = catalogue.Drugs[0];
        var ids = new[]
        {
            PartnerIds.Of(server, "Drug", drug.Id), PartnerIds.Of(server, "DrugClass", drug.Classes[0].DrugClassId),
            PartnerIds.Of(server, "Indication", drug.Indications[0].IndicationId), PartnerIds.Of(server, "Organisation", drug.ManufacturerId),
            PartnerIds.Of(server, "Drug", Guid.NewGuid()),
        };
        foreach (var (token, code) in new (string?, string)[]
                 {
                     (null, "AUTH_NOT_AUTHENTICATED"),
                     (server.IssueToken("pharma-user", SermoRoles.Pharma), "AUTH_NOT_AUTHORIZED"),
                     (server.IssueToken(members.Applicant.Id.ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
                     (server.IssueToken(members.Suspended.Id.ToString(), SermoRoles.Physician), "AUTH_NOT_AUTHORIZED"),
                 })
        {
            var client = fixture.Client(provider, token);
            var refused = await client.PostAsync("{ drugs { nodes { brandName } } }");
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("data").ValueKind);
            Assert.Equal(code, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            var nodes = (await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }", new { ids })).GetProperty("nodes");
            Assert.All(nodes.EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.ValueKind));
        }

        var staff = await fixture.Client(provider, server.IssueToken("staff-1", SermoRoles.Staff))
            .DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }", new { ids });
        Assert.Equal(["Drug", "DrugClass", "Indication", "Organisation", null],
            staff.GetProperty("nodes").EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("__typename").GetString()));
    }

    /// <summary>The seed's catalogue as the database holds it.</summary>
    private static async Task<Catalogue> CatalogueAsync(SermoServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        return new Catalogue(
            await db.Drugs.AsNoTracking().ToListAsync(),
            await db.DrugClasses.AsNoTracking().ToDictionaryAsync(c => c.Id),
            await db.Indications.AsNoTracking().ToDictionaryAsync(i => i.Id),
            await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name));
    }

    private sealed record Catalogue(
        IReadOnlyList<Drug> Drugs, IReadOnlyDictionary<Guid, DrugClass> Classes, IReadOnlyDictionary<Guid, Indication> Indications,
        IReadOnlyDictionary<Guid, string> Manufacturers);
}
