using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.Primitives;
using Sermo.Api.Auth;
using Sermo.Api.Ide;
using Sermo.Api.Transport.Http;
using Sermo.Api.Transport.Sse;
using Sermo.Api.Transport.WebSockets;

namespace Sermo.Api.Transport;

/// <summary>The single handler of a schema's path: WebSocket upgrades and the browser's IDE page first, then
/// checks the caller against the schema's policy and serves Server-Sent Events or GraphQL over HTTP.
/// Refusals are GraphQL-shaped (401/403 with <c>extensions.code</c>), never a 500.</summary>
public sealed class GraphQLEndpointDispatcher(GraphQLHttpHandler http, GraphQLSseHandler sse, GraphQLEndpointAuthorizer authorizer)
{
    public async Task DispatchAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        // A socket's caller is settled by its connection_init payload (browsers cannot put a token on the upgrade),
        // but an upgrade whose own credentials do not check out is refused before it becomes a socket.
        if (context.WebSockets.IsWebSocketRequest)
        {
            if (!await RefuseInvalidCredentialsAsync(context))
                await GraphQLWebSocketHandler.HandleAsync(context, endpoint);
            return;
        }
        // The IDE page is served before the door: it holds no data of its own (outside Development its example variables
        // are placeholders, see IdePlaceholders); its queries then run here with the user's token.
        if (GraphiQLPage.IsBrowserRequest(context.Request))
        {
            await GraphiQLPage.WriteAsync(context, endpoint);
            return;
        }
        if (await RefuseAsync(context, endpoint))
            return;
        if (GraphQLSseHandler.IsEventStreamRequest(context.Request))
            await sse.HandleAsync(context, endpoint);
        else
            await http.HandleAsync(context, endpoint);
    }

    /// <summary>Writes the refusal and returns true when the caller may not use the schema: a token that does
    /// not check out is refused on every schema rather than treated as anonymous.</summary>
    private async Task<bool> RefuseAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        if (await RefuseInvalidCredentialsAsync(context))
            return true;
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

    /// <summary>Writes a 401 and returns true when the request carries credentials that do not check out.</summary>
    private static async Task<bool> RefuseInvalidCredentialsAsync(HttpContext context)
    {
        // The authentication middleware keeps its result only when the caller authenticated: that one is reused. A
        // caller who sent no credentials is anonymous; one whose credentials were not accepted is asked again for
        // the failure (the handler answers from its own per-request cache).
        var authentication = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult;
        if (authentication is null && !StringValues.IsNullOrEmpty(context.Request.Headers.Authorization))
            authentication = await context.AuthenticateAsync();
        if (authentication?.Failure is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteRefusalAsync(context, StatusCodes.Status401Unauthorized, authentication.Failure.Message, AuthErrorCodes.NotAuthenticated);
            return true;
        }
        return false;
    }

    private static Task WriteRefusalAsync(HttpContext context, int status, string message, string code) =>
        GraphQLResponseWriter.WriteErrorAsync(context, status,
            GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json, message, code);
}
