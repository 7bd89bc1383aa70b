using System.Security.Claims;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport;

/// <summary>Turns transport-neutral request parameters into the engine's request, with the scoped services of
/// the request or socket operation (one DbContext per request) and the caller.</summary>
public static class GraphQLRequestFactory
{
    public static GraphQLRequest Create(
        HttpContext context,
        GraphQLRequestParameters parameters,
        ClaimsPrincipal? user,
        AllowedOperations allowedOperations = AllowedOperations.All) =>
        Create(context.RequestServices, parameters, user, allowedOperations);

    public static GraphQLRequest Create(
        IServiceProvider services,
        GraphQLRequestParameters parameters,
        ClaimsPrincipal? user,
        AllowedOperations allowedOperations = AllowedOperations.All) => new()
    {
        Query = parameters.Query,
        OperationName = parameters.OperationName,
        Variables = parameters.Variables,
        Extensions = parameters.Extensions,
        Services = services,
        User = user,
        AllowedOperations = allowedOperations,
    };
}
