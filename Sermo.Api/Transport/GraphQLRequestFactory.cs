using System.Security.Claims;
using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport;

/// <summary>Turns transport-neutral request parameters into the engine's request, with the HTTP request's
/// scoped services (one DbContext per request) and the caller.</summary>
public static class GraphQLRequestFactory
{
    public static GraphQLRequest Create(
        HttpContext context,
        GraphQLRequestParameters parameters,
        ClaimsPrincipal? user,
        AllowedOperations allowedOperations = AllowedOperations.All) => new()
    {
        Query = parameters.Query,
        OperationName = parameters.OperationName,
        Variables = parameters.Variables,
        Extensions = parameters.Extensions,
        Services = context.RequestServices,
        User = user,
        AllowedOperations = allowedOperations,
    };
}
