namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>How many keys one SQL command of a DataLoader batch may carry. SQL Server takes at most 2,100
/// parameters per command; 2,000 keys leave room for the query's own. A larger batch is split into several
/// commands (on the batch's one context, one after another).</summary>
public sealed record DataLoaderBatchOptions
{
    public static readonly DataLoaderBatchOptions Default = new();

    public int MaxBatchSize { get; init; } = 2_000;
}
