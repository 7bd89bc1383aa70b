using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Schemas.Partner;
using Sermo.Api.Transport;
using Sermo.GraphQL.Types;

namespace Sermo.Tests.Partner;

/// <summary>A filter or sort on a field some caller of a connection may not read would be an oracle for that field (filter
/// on it and watch which rows come back). For every connection of the partner graph that filters or sorts, each filter and
/// sort field must compare a field of the listed type that every caller of the connection may read: no policy the
/// connection itself does not already demand, and every role that may call the connection.</summary>
[Collection(PartnerGraphCollection.Name)]
public sealed class FilterSortOracleTests(PartnerGraphFixture fixture)
{
    [Theory]
    [InlineData("Query", "cases", "")]
    [InlineData("Query", "polls", "country=targetCountries")]
    [InlineData("Query", "publishedPolls", "")]
    [InlineData("Query", "drugs", "class=classes;indication=indications")]
    [InlineData("Query", "drugClasses", "")]
    [InlineData("Query", "indications", "")]
    [InlineData("Physician", "ratings", "")]
    public void Every_filter_and_sort_field_compares_a_field_every_caller_of_the_connection_may_read(string parent, string connectionName, string renames)
    {
        var schema = fixture.Server(PartnerGraphFixture.Sqlite).Services.GetRequiredService<GraphQLSchemaRegistry>()
            .Endpoints.Single(e => e.Name == PartnerSchema.Name).Schema;
        var parentType = (ObjectType)schema.GetType(parent)!;
        var connection = parentType.Fields[connectionName]!;
        var listed = (ObjectType)((ObjectType)connection.Type.NamedType()).Fields["nodes"]!.Type.NamedType();
        // The roles that may call the connection; null when it asks for none (anyone, without a token too).
        var callerRoles = connection.Authorization.Where(r => r.Roles.Count > 0).Select(r => r.Roles.ToHashSet())
            .Aggregate((HashSet<string>?)null, (all, roles) => all is null ? roles : [.. all.Intersect(roles)]);
        var callerPolicies = connection.Authorization.Select(r => r.Policy).OfType<string>().ToHashSet();
        var compared = renames.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('=')).ToDictionary(r => r[0], r => r[1]);

        var checkedFields = 0;
        foreach (var argument in new[] { "where", "orderBy" })
        {
            if (!connection.Arguments.TryGet(argument, out var input))
                continue;
            foreach (var field in ((InputObjectType)input.Type.NamedType()).Fields.Where(f => f.Name is not ("and" or "or")))
            {
                var name = compared.GetValueOrDefault(field.Name, field.Name);
                Assert.True(listed.Fields.TryGet(name, out var read), $"{parent}.{connectionName}({argument}: {field.Name}) compares no field of {listed.Name}.");
                Assert.All(read.Authorization, requirement =>
                {
                    Assert.True(requirement.Policy is null || callerPolicies.Contains(requirement.Policy) || IsOnEveryField(listed, requirement.Policy),
                        $"{listed.Name}.{name} asks for the policy {requirement.Policy}, which {parent}.{connectionName} does not.");
                    if (requirement.Roles.Count > 0)
                    {
                        Assert.True(callerRoles is not null, $"{listed.Name}.{name} asks for roles, but anyone may call {parent}.{connectionName}.");
                        Assert.All(callerRoles, role => Assert.Contains(role, requirement.Roles));
                    }
                });
                checkedFields++;
            }
        }
        Assert.True(checkedFields > 0, $"{parent}.{connectionName} has no filter or sort field.");
    }

    /// <summary>A policy every field of the listed type carries is the type's own: whoever may see a row at all passes it,
    /// so comparing one of its fields tells nothing more than listing the row does.</summary>
    private static bool IsOnEveryField(ObjectType type, string policy) =>
        type.Fields.All(f => f.Authorization.Any(r => r.Policy == policy));
}
