namespace Sermo.GraphQL.Relay;

/// <summary>The values of <c>extensions.code</c> raised by the Relay support (paging limits use
/// <see cref="ErrorCodes.BadUserInput"/>).</summary>
public static class RelayErrorCodes
{
    /// <summary>A global id that is malformed, forged, of another type than expected, or made with another key.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A paging cursor that is malformed, forged, or does not belong to the connection it was passed to.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";
}
