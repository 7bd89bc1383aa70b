using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Schemas.Pharma;
using Sermo.Api.Transport;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.Types;
using Sermo.Tests.Partner;

namespace Sermo.Tests.Pharma;

/// <summary>No path to a rater in the pharma graph: its types are held to an allow-list and no name in it (type, field,
/// argument, enum value) speaks of a physician, a rating, a comment or a rater's id; and a crawl of every field as pharma
/// callers (every report of every drug and class the demo release publishes, every row) never meets a member's id,
/// pseudonym, name or a comment's text, in data, errors or extensions.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class PharmaPrivacyTests(PartnerGraphFixture fixture)
{
    /// <summary>Every named type the pharma graph may have. A new one is a decision: add it here once it is checked.</summary>
    private static readonly HashSet<string> AllowedTypes =
    [
        "Query", "Subscription", "Viewer", "PageInfo",
        "ReportRelease", "ReportReleaseConnection", "ReportReleaseEdge", "ReleaseTrigger",
        "DrugReport", "DrugClassReport", "ReportPeriod", "DimensionFigures", "BreakdownFigures",
        "ReportRow", "ReportRowConnection", "ReportRowEdge", "ReportRowFilter",
        "Drug", "DrugClass", "Indication",
        "ReportPeriodKind", "ReportScope", "ReportBreakdown", "ReportDimension",
        "String", "Int", "Float", "Boolean", "ID", "Date", "DateTime",
    ];

    /// <summary>Words no name in the pharma graph may contain (compared without case).</summary>
    private static readonly string[] ForbiddenWords = ["physician", "rating", "rated", "comment", "raterid", "rater_id", "pseudonym", "member", "author", "doctor", "licen"];

    [Fact]
    public void The_pharma_schema_holds_only_allowed_types_and_no_name_leads_to_a_rater()
    {
        var schema = Schema(fixture.Server(PartnerGraphFixture.Sqlite).Services);
        var types = schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(types, type => !AllowedTypes.Contains(type.Name));

        var names = new List<string>();
        foreach (var type in types)
        {
            names.Add(type.Name);
            switch (type)
            {
                case ObjectType objectType:
                    foreach (var field in objectType.Fields)
                    {
                        names.Add($"{type.Name}.{field.Name}");
                        names.AddRange(field.Arguments.Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                    }
                    break;
                case InputObjectType input:
                    names.AddRange(input.Fields.Select(f => $"{type.Name}.{f.Name}"));
                    break;
                case EnumType enumType:
                    names.AddRange(enumType.Values.Select(v => $"{type.Name}.{v.Name}"));
                    break;
            }
        }
        Assert.True(names.Count > 60, $"Only {names.Count} names read.");
        Assert.DoesNotContain(names, name => ForbiddenWords.Any(word => name.Replace("_", "").Contains(word.Replace("_", ""), StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(PartnerGraphFixture.Providers), MemberType = typeof(PartnerGraphFixture))]
    public async Task A_crawl_of_every_report_and_row_meets_no_rater(string provider)
    {
        var server = fixture.Server(provider);
        var secrets = await SecretsAsync(server);
        var crawler = new GraphCrawler(Schema(server.Services));
        var callers = new[] { PharmaCallers.Token(server), PharmaCallers.TokenWithoutCompany(server) };
        var pages = new List<string>();
        foreach (var token in callers)
        {
            var client = PharmaCallers.Client(server, token);
            foreach (var (_, query) in crawler.RootQueries())
                pages.Add((await client.PostAsync(query)).GetRawText());
        }

        // Every report the latest release can answer, and the rows page by page.
        var client0 = PharmaCallers.Client(server, callers[0]);
        var catalogue = await client0.DataAsync("{ drugClasses { id drugs { id indications { id } } } }");
        var figures = "dimension suppressed raters mean distribution rankInClass";
        foreach (var drugClass in catalogue.GetProperty("drugClasses").EnumerateArray().Take(6))
        {
            foreach (var drug in drugClass.GetProperty("drugs").EnumerateArray())
            {
                foreach (var indication in drug.GetProperty("indications").EnumerateArray())
                {
                    var args = new { drug = drug.GetProperty("id").GetString(), @class = drugClass.GetProperty("id").GetString(), indication = indication.GetProperty("id").GetString() };
                    pages.Add((await client0.PostAsync($$"""
                        query($drug: ID!, $class: ID!, $indication: ID!) {
                          drugReport(drugId: $drug, indicationId: $indication, periodKind: MONTH) { drug { id brandName genericName } periods { label dimensions { {{figures}} } specialtyGroups { code name dimensions { {{figures}} } } countryRegions { code name dimensions { {{figures}} } } } }
                          drugClassReport(drugClassId: $class, indicationId: $indication, periodKind: YEAR) { drugClass { id name atcCode } periods { label dimensions { {{figures}} } specialtyGroups { code dimensions { {{figures}} } } countryRegions { code dimensions { {{figures}} } } } }
                        }
                        """, args)).GetRawText());
                }
            }
        }
        string? after = null;
        for (var page = 0; page < 30; page++)
        {
            var rows = await client0.PostAsync("query($after: String) { rows(first: 100, after: $after) { nodes { releaseId subjectId subjectName indicationId breakdownCode breakdownName raters mean } pageInfo { hasNextPage endCursor } } }", new { after });
            pages.Add(rows.GetRawText());
            var info = rows.GetProperty("data").GetProperty("rows").GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
                break;
            after = info.GetProperty("endCursor").GetString();
        }
        // Bad input and refusals too: their messages are pages the crawler reads.
        pages.Add((await client0.PostAsync("{ drugReport(drugId: \"nope\", indicationId: \"nope\") { periods { label } } }")).GetRawText());

        Assert.True(pages.Count > 20, $"Only {pages.Count} responses crawled.");
        Assert.Contains(pages, page => page.Contains("\"raters\":", StringComparison.Ordinal) && !page.Contains("\"raters\":null}", StringComparison.Ordinal) || page.Contains("\"mean\":"));
        foreach (var page in pages)
        {
            foreach (var (kind, value) in secrets)
                Assert.False(page.Contains(value, StringComparison.OrdinalIgnoreCase), $"{provider}: a pharma response holds a {kind}: {page[..Math.Min(page.Length, 300)]}");
        }
    }

    private static Schema Schema(IServiceProvider services) =>
        services.GetRequiredService<GraphQLSchemaRegistry>().Endpoints.Single(e => e.Name == PharmaSchema.Name).Schema;

    /// <summary>What would lead to a rater: every member's id (as stored, and as the partner graph's id), pseudonym and
    /// legal name, and every comment's text.</summary>
    private static async Task<List<(string Kind, string Value)>> SecretsAsync(Infrastructure.SermoServer server)
    {
        var members = await DemoMembers.ReadAsync(server);
        var secrets = new List<(string, string)>();
        foreach (var member in members.All)
        {
            secrets.Add(("physician id", member.Id.ToString()));
            secrets.Add(("physician id", member.Id.ToString("N")));
            secrets.Add(("physician global id", PartnerIds.Of(server, "Physician", member.Id)));
            secrets.Add(("pseudonym", member.Pseudonym));
            var details = members.PrivateDetails[member.Id];
            secrets.Add(("legal name", $"{details.GivenName} {details.FamilyName}"));
        }
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync();
        var comments = await db.DrugRatings.Where(r => r.Comment != null).Select(r => r.Comment!).ToListAsync();
        secrets.AddRange(comments.Where(c => c.Length >= 12).Select(c => ("comment", c)));
        var ratingIds = await db.DrugRatings.Select(r => r.Id).Take(2000).ToListAsync();
        secrets.AddRange(ratingIds.Select(id => ("rating id", id.ToString())));
        Assert.Contains(secrets, s => s.Item1 == "comment");
        return secrets;
    }
}
