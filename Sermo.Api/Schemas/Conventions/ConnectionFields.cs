using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Conventions;

/// <summary>How the graphs declare and read connection fields: the four Relay paging arguments (page size 20 by
/// default, at most 100), and a total count only when the query selects it.</summary>
public static class ConnectionFields
{
    public static FieldDescriptor PagingArguments(this FieldDescriptor field) => field
        .Argument("first", "Int", $"The first n items (default {PagingOptions.Default.DefaultPageSize}, at most {PagingOptions.Default.MaxPageSize}).")
        .Argument("after", "String", "Items after this cursor.")
        .Argument("last", "Int", $"The last n items (at most {PagingOptions.Default.MaxPageSize}).")
        .Argument("before", "String", "Items before this cursor.");

    /// <summary>The validated page the arguments ask for (<c>BAD_USER_INPUT</c> for a size above the cap).</summary>
    public static PageRequest Page(IResolverContext context) => Sermo.GraphQL.Relay.PagingArguments.From(context.Arguments).Validate();

    /// <summary>Whether the query selects <c>totalCount</c> of this connection (counting costs a query).</summary>
    public static bool SelectsTotalCount(IResolverContext context) => SelectedFields.Of(context).Contains("totalCount");
}
