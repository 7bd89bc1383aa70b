namespace Sermo.GraphQL.Relay;

/// <summary>The Relay paging arguments of a connection field (<c>first</c>, <c>after</c>, <c>last</c>,
/// <c>before</c>) as the client gave them.</summary>
public readonly record struct PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The arguments of a connection field declared with <see cref="RelaySdl.PagingArguments"/>.</summary>
    public static PagingArguments From(IReadOnlyDictionary<string, object?> arguments) => new(
        arguments.GetValueOrDefault("first") as int?,
        arguments.GetValueOrDefault("after") as string,
        arguments.GetValueOrDefault("last") as int?,
        arguments.GetValueOrDefault("before") as string);

    /// <summary>Checks the combination against the Relay cursor connections spec and the limits, and settles the
    /// page: <c>first</c> pages forward from <c>after</c>, <c>last</c> backward from <c>before</c>; without
    /// either, the first <see cref="PagingOptions.DefaultPageSize"/> items. A negative size, <c>first</c> with
    /// <c>last</c>, or a size above <see cref="PagingOptions.MaxPageSize"/> is a <c>BAD_USER_INPUT</c> error.</summary>
    public PageRequest Validate(PagingOptions? options = null)
    {
        options ??= PagingOptions.Default;
        if (First is < 0)
            throw BadInput("\"first\" must not be negative.");
        if (Last is < 0)
            throw BadInput("\"last\" must not be negative.");
        if (First is not null && Last is not null)
            throw BadInput("Pass either \"first\" or \"last\", not both.");
        if (First > options.MaxPageSize)
            throw BadInput($"\"first\" may be at most {options.MaxPageSize}; requested {First}.");
        if (Last > options.MaxPageSize)
            throw BadInput($"\"last\" may be at most {options.MaxPageSize}; requested {Last}.");
        return Last is { } last
            ? new PageRequest(PageDirection.Backward, last, After, Before)
            : new PageRequest(PageDirection.Forward, First ?? options.DefaultPageSize, After, Before);
    }

    private static GraphQLException BadInput(string message) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput }));
}
