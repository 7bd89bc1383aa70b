namespace Sermo.GraphQL.Relay;

/// <summary>A global id or cursor that is not one of ours, or not of the kind expected: one GraphQL error
/// (<see cref="RelayErrorCodes.InvalidId"/> or <see cref="RelayErrorCodes.InvalidCursor"/>) that says what was
/// expected and never why decoding failed.</summary>
public sealed class InvalidIdException(string message, string code = RelayErrorCodes.InvalidId)
    : GraphQLException(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
