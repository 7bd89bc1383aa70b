using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sermo.Api.Auth;
using Sermo.Api.Transport;
using Sermo.Domain.Persistence;
using Sermo.GraphQL.Relay;

namespace Sermo.Api.Ide;

/// <summary>The tabs the IDE opens for a graph: the areas' example operations, then a generated tab for each subscription
/// no example covers (and a generated query when a graph has no example). In Development an example's variables are read
/// from the database (the demo data) and its tab carries a development token for its caller, so every example runs as
/// it is; elsewhere the variables are placeholders of the right shape (<see cref="IdePlaceholders"/>: no id, rating or
/// poll of a live database reaches a page anyone may load) and the headers are left to the reader.</summary>
public static class IdeTabs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public sealed record Tab(string Query, string? Variables, string? Headers);

    public static async Task<IReadOnlyList<Tab>> ForAsync(IServiceProvider services, GraphQLSchemaEndpoint endpoint, CancellationToken cancellationToken)
    {
        var examples = services.GetServices<IIdeExampleSource>().SelectMany(source => source.Examples).Where(e => e.Graph == endpoint.Name).ToList();
        var tabs = new List<Tab>();
        if (examples.Count > 0 && !services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            // Outside Development nothing is read from the database: the variables are placeholders, and no token is made.
            tabs.AddRange(examples.Select(example => new Tab(example.Query, example.Variables is null ? null : IdePlaceholders.For(endpoint.Schema, example.Query), null)));
        }
        else if (examples.Count > 0)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<SermoDbContext>>().CreateDbContextAsync(cancellationToken);
            var data = new IdeDemoData(db, services.GetRequiredService<GlobalIdCodec>(), services.GetRequiredService<TimeProvider>());
            var tokens = DevelopmentTokens(services);
            foreach (var example in examples)
            {
                var variables = example.Variables is null ? null : JsonSerializer.Serialize(await example.Variables(data), Json);
                var token = tokens is null ? null : await tokens(example.Caller, data);
                // An anonymous example says so with empty headers: a tab without headers would show the first tab's.
                var headers = token is not null ? JsonSerializer.Serialize(new Dictionary<string, string> { ["Authorization"] = "Bearer " + token }, Json)
                    : tokens is not null ? "{}"
                    : null;
                tabs.Add(new Tab(example.Query, variables, headers));
            }
        }
        foreach (var generated in GraphiQLExamples.For(endpoint.Schema))
        {
            var isSubscription = generated.Query.StartsWith("subscription ", StringComparison.Ordinal);
            if (isSubscription ? !examples.Any(e => CoversSubscription(e, generated)) : examples.Count == 0)
                tabs.Add(new Tab(generated.Query, generated.Variables, null));
        }
        return tabs;
    }

    /// <summary>Whether an example already subscribes to the field a generated tab would.</summary>
    private static bool CoversSubscription(IdeExample example, GraphiQLExample generated)
    {
        var field = generated.Query[(generated.Query.IndexOf('{') + 1)..].TrimStart().Split('(', ' ', '\n')[0];
        return example.Query.StartsWith("subscription", StringComparison.Ordinal) && example.Query.Contains(field + "(", StringComparison.Ordinal);
    }

    /// <summary>In Development with a signing key: a token for each demo caller; otherwise null (no token is ever minted
    /// for a page outside Development).</summary>
    private static Func<IdeCaller, IdeDemoData, Task<string?>>? DevelopmentTokens(IServiceProvider services)
    {
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment() || !services.GetRequiredService<IOptions<AuthOptions>>().Value.HasSigningKey)
            return null;
        var issuer = services.GetRequiredService<BearerTokenIssuer>();
        var lifetime = TimeSpan.FromHours(8);
        return async (caller, data) => caller switch
        {
            IdeCaller.Member => await data.MemberIdAsync() is { } member ? issuer.Issue(member.ToString(), [SermoRoles.Physician], lifetime) : null,
            IdeCaller.Staff => issuer.Issue("ide-staff", [SermoRoles.Staff], lifetime),
            IdeCaller.Agency => issuer.Issue("ide-agency", [SermoRoles.Agency], lifetime,
                await data.Db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => (Guid?)a.Id).FirstOrDefaultAsync() is { } agency
                    ? new Dictionary<string, string> { [SermoClaims.Agency] = agency.ToString() }
                    : null),
            IdeCaller.Reviewer => issuer.Issue("ide-reviewer", [SermoRoles.Reviewer], lifetime,
                await data.Db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync() is { } organisation
                    ? new Dictionary<string, string> { [SermoClaims.Organisation] = organisation.ToString() }
                    : null),
            // The pharma reports need a client company; no drug-class claim: the demo subscription covers every class.
            IdeCaller.Pharma => issuer.Issue("ide-pharma", [SermoRoles.Pharma], lifetime, new Dictionary<string, string> { [SermoClaims.Company] = "ide-demo-company" }),
            _ => null,
        };
    }
}
