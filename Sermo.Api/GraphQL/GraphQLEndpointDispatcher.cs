using Microsoft.AspNetCore.Authentication;
using Sermo.Api.Auth;

namespace Sermo.Api.GraphQL;

/// <summary>The single handler of a schema's path: checks the caller against the schema's policy, then serves
/// GraphQL over HTTP. Refusals are GraphQL-shaped (401/403 with <c>extensions.code</c>), never a 500.</summary>
public sealed class GraphQLEndpointDispatcher(GraphQLHttpHandler http, GraphQLEndpointAuthorizer authorizer)
{
    public async Task DispatchAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        if (await RefuseAsync(context, endpoint))
            return;
        await http.HandleAsync(context, endpoint);
    }

    /// <summary>Writes the refusal and returns true when the caller may not use the schema: a token that does
    /// not check out is refused on every schema rather than treated as anonymous.</summary>
    private async Task<bool> RefuseAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        var authentication = await context.AuthenticateAsync();
        if (authentication.Failure is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteRefusalAsync(context, StatusCodes.Status401Unauthorized, authentication.Failure.Message, AuthErrorCodes.NotAuthenticated);
            return true;
        }
        switch (await authorizer.AuthorizeAsync(context.User, endpoint))
        {
            case EndpointAccess.NotAuthenticated:
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await WriteRefusalAsync(context, StatusCodes.Status401Unauthorized,
                    $"The {endpoint.Name} graph needs a bearer token.", AuthErrorCodes.NotAuthenticated);
                return true;
            case EndpointAccess.NotAuthorized:
                await WriteRefusalAsync(context, StatusCodes.Status403Forbidden,
                    $"The caller may not use the {endpoint.Name} graph.", AuthErrorCodes.NotAuthorized);
                return true;
            default:
                return false;
        }
    }

    private static Task WriteRefusalAsync(HttpContext context, int status, string message, string code) =>
        GraphQLResponseWriter.WriteErrorAsync(context, status,
            GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json, message, code);
}
