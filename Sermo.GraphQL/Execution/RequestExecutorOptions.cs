namespace Sermo.GraphQL.Execution;

/// <summary>Limits and behaviour of a <see cref="RequestExecutor"/>. Every limit fails the request with a
/// spec-shaped error rather than letting one request hold the server.</summary>
public sealed class RequestExecutorOptions
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);
    private readonly int _documentCacheSize = 1000;
    private readonly int _maxExecutionDepth = 64;
    private readonly int _maxFieldCount = 20_000;

    /// <summary>How long one request (or one subscription event) may execute before it ends with
    /// <see cref="ErrorCodes.Timeout"/>; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan Timeout
    {
        get => _timeout;
        init => _timeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "The timeout must be positive or infinite.");
    }

    /// <summary>How many parsed and validated documents are kept (least recently used ones are dropped).</summary>
    public int DocumentCacheSize
    {
        get => _documentCacheSize;
        init => _documentCacheSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(DocumentCacheSize), value, "The cache holds at least one document.");
    }

    /// <summary>Limits given to the parser (document size, token count, nesting).</summary>
    public Language.ParserOptions? ParserOptions { get; init; }

    /// <summary>The deepest nesting of selection sets an operation may have (fragments expanded).</summary>
    public int MaxExecutionDepth
    {
        get => _maxExecutionDepth;
        init => _maxExecutionDepth = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxExecutionDepth), value, "The depth limit is at least 1.");
    }

    /// <summary>The most field selections an operation may have once every fragment spread is expanded
    /// (stops documents that grow exponentially through fragments).</summary>
    public int MaxFieldCount
    {
        get => _maxFieldCount;
        init => _maxFieldCount = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFieldCount), value, "The field limit is at least 1.");
    }

    /// <summary>Whether resolver exception messages and stack traces reach the response (for exceptions the
    /// <see cref="ErrorFilter"/> leaves unexpected). Never by default: they leak internals.</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Turns the host's own exceptions into errors with their own code and message; anything it leaves
    /// is "Unexpected error." (<see cref="ErrorCodes.ResolverError"/>). None by default.</summary>
    public IErrorFilter? ErrorFilter { get; init; }

    /// <summary>Leaves "Did you mean ...?" hints out of validation errors (graphql-js's <c>hideSuggestions</c>), for
    /// graphs whose names are not all public to every caller. Off by default.</summary>
    public bool HideSuggestions { get; init; }
}
