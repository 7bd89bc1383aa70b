namespace Sermo.Api.Errors;

/// <summary><c>extensions.code</c> values the host gives exceptions of its own (domain rules keep theirs:
/// <see cref="Sermo.Domain.DomainErrorCodes"/>).</summary>
public static class HostErrorCodes
{
    /// <summary>The data was changed by someone else between reading and saving (an optimistic concurrency check failed).</summary>
    public const string ConcurrentChange = "CONCURRENT_CHANGE";
}
