using Sermo.GraphQL.Relay;

namespace Sermo.GraphQL.EntityFrameworkCore;

/// <summary>What a <see cref="DbContextConnectionDataLoader{TContext, TParent, TArguments, T, TResult}"/> loads: one
/// parent's page of its list, under the list's other arguments (a filter, an order; a value with equality, such as a
/// record), and whether its total count is wanted. Keys that differ only in their parent load together.</summary>
public readonly record struct ConnectionKey<TParent, TArguments>(TParent Parent, TArguments Arguments, PageRequest Page, bool IncludeTotalCount)
    where TParent : notnull;
