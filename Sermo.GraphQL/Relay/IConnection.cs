namespace Sermo.GraphQL.Relay;

/// <summary>A connection page seen without its item type, for the resolvers shared by every connection type.</summary>
public interface IConnection
{
    PageInfo PageInfo { get; }

    /// <summary>The number of items across all pages, counted only when a query selects it; null when the
    /// connection does not offer a count.</summary>
    ValueTask<int?> CountAsync(CancellationToken cancellationToken);
}
