namespace Sermo.Api.Transport.WebSockets;

/// <summary>The <c>extensions.code</c> values the subscription transports add to the engine's.</summary>
public static class SubscriptionErrorCodes
{
    /// <summary>A socket asked to run more operations at once than <see cref="SubscriptionOptions.MaxOperationsPerConnection"/>.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";

    /// <summary>A legacy graphql-ws client started an operation before connection_init.</summary>
    public const string NotInitialised = "CONNECTION_NOT_INITIALISED";

    /// <summary>A legacy graphql-ws start message that is not shaped like a GraphQL request.</summary>
    public const string BadMessage = "BAD_SUBSCRIPTION_MESSAGE";
}
