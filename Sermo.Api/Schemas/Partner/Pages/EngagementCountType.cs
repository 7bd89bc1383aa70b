using Sermo.Domain.Pages;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Pages;

/// <summary><c>EngagementCount</c>: a number of distinct members, or only that it is hidden.</summary>
public sealed class EngagementCountType : ObjectTypeConfiguration<EngagementCount>
{
    public override void Configure(ObjectTypeDescriptor<EngagementCount> type)
    {
        type.Description($"A count of distinct members: shown from {EngagementDisclosure.MinimumMembers}; below that (or where a small cell could be worked out from the others) only \"fewer than {EngagementDisclosure.MinimumMembers}\".");
        type.AuthorizeRoles(PageRoles.Team);
        type.Field(c => c.Members).Description("The number of distinct members; null when hidden.");
        type.Field("hidden").Type("Boolean!").Description("Whether the number is hidden.").ResolveWith(([Parent] EngagementCount c) => c.IsHidden);
        type.Field("label").Type("String!").Description($"The number, or \"fewer than {EngagementDisclosure.MinimumMembers}\".")
            .ResolveWith(([Parent] EngagementCount c) => c.Members?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"fewer than {EngagementDisclosure.MinimumMembers}");
    }
}
