using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Sermo.Api.Auth;
using Sermo.Api.Transport;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas;

/// <summary>The field-by-role matrix of every graph, as markdown, computed from what the schemas declare: the door
/// (the endpoint's policy, asked of ASP.NET Core authorization for a caller of each role) and each field's
/// requirements (<see cref="OutputField.Authorization"/>). A cell says <c>yes</c>, <c>no</c>, or <c>if</c> and the
/// resource-based policies that decide per object. Nothing is written by hand, so a change to authorization shows
/// in the diff of <c>docs/authorization.md</c>.</summary>
public static class AuthorizationMatrix
{
    public const string Anonymous = "anonymous";
    public const string BeginMarker = "<!-- authorization-matrix:begin (generated: dotnet run --project Sermo.Api -- authorization-matrix --write) -->";
    public const string EndMarker = "<!-- authorization-matrix:end -->";

    public static IReadOnlyList<string> Callers { get; } = [Anonymous, .. SermoRoles.All];

    public static async Task<string> RenderAsync(GraphQLSchemaRegistry registry, IAuthorizationService authorization)
    {
        var text = new StringBuilder();
        foreach (var endpoint in registry.Endpoints)
        {
            var door = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var caller in Callers)
                door[caller] = endpoint.AuthorizationPolicy is null
                    || (await authorization.AuthorizeAsync(PrincipalOf(caller), endpoint.AuthorizationPolicy)).Succeeded;

            text.Append("### ").Append(endpoint.Name).Append(" (`").Append(endpoint.Path).Append("`)\n\n");
            text.Append("| field | ").Append(string.Join(" | ", Callers)).Append(" |\n");
            text.Append("| --- |").Append(string.Concat(Enumerable.Repeat(" --- |", Callers.Count))).Append('\n');
            foreach (var type in endpoint.Schema.Types.OfType<ObjectType>().Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                foreach (var field in type.Fields)
                {
                    text.Append("| `").Append(type.Name).Append('.').Append(field.Name).Append("` |");
                    foreach (var caller in Callers)
                        text.Append(' ').Append(door[caller] ? Cell(caller, field.Authorization) : "no").Append(" |");
                    text.Append('\n');
                }
            }
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The documentation file with its generated section replaced.</summary>
    public static string ReplaceSection(string document, string matrix)
    {
        var begin = document.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
            throw new InvalidOperationException($"docs/authorization.md has no generated section between '{BeginMarker}' and '{EndMarker}'.");
        return string.Concat(document.AsSpan(0, begin + BeginMarker.Length), "\n", matrix, document.AsSpan(end));
    }

    /// <summary>The generated section as it stands in the documentation file.</summary>
    public static string? SectionOf(string document)
    {
        var begin = document.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : document[(begin + BeginMarker.Length + 1)..end];
    }

    private static string Cell(string caller, IReadOnlyList<GraphQL.Authorization.AuthorizeRequirement> requirements)
    {
        if (requirements.Count == 0)
            return "yes";
        if (caller == Anonymous)
            return "no";
        var policies = new List<string>();
        foreach (var requirement in requirements)
        {
            if (requirement.Roles.Count > 0 && !requirement.Roles.Contains(caller, StringComparer.Ordinal))
                return "no";
            if (requirement.Policy is not null)
                policies.Add(requirement.Policy);
        }
        return policies.Count == 0 ? "yes" : "if " + string.Join(" and ", policies);
    }

    private static ClaimsPrincipal PrincipalOf(string caller) => caller == Anonymous
        ? new ClaimsPrincipal(new ClaimsIdentity())
        : new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SermoClaims.Subject, "matrix-" + caller), new Claim(SermoClaims.Role, caller)], "matrix", SermoClaims.Subject, SermoClaims.Role));
}
