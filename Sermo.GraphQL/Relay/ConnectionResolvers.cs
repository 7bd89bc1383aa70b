using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Relay;

/// <summary>Resolvers shared by every connection type, whatever schema API declares it.</summary>
public static class ConnectionResolvers
{
    /// <summary><c>totalCount</c>: counts (one query) only when selected; an error when the connection offers no count.</summary>
    public static readonly FieldResolver TotalCount = async context =>
        context.Parent is IConnection connection
            ? await connection.CountAsync(context.CancellationToken).ConfigureAwait(false)
                ?? throw new GraphQLException(new GraphQLError("This list does not offer a total count.", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError }))
            : null;
}
