namespace Sermo.Api.Transport;

/// <summary>Why a request's GraphQL parameters could not be read: the HTTP status to answer with, the message and
/// its <c>extensions.code</c>.</summary>
public readonly record struct RequestReadFailure(int Status, string Message, string Code);
