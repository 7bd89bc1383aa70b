using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sermo.Api.Hosting;
using Sermo.GraphQL;

namespace Sermo.Api.Transport;

/// <summary>Reads a request's GraphQL parameters as GraphQL over HTTP does, for every transport served on a plain
/// HTTP request (HTTP itself and SSE): the GET query string, or a POST body that must be JSON and no larger than
/// <see cref="GraphQLOptions.MaxRequestBytes"/>. A request that cannot be read gets the status to answer it with.</summary>
public sealed class GraphQLRequestReader(IOptions<GraphQLOptions> options)
{
    private readonly long _maxRequestBytes = options.Value.MaxRequestBytes;

    public async ValueTask<(GraphQLRequestParameters? Parameters, RequestReadFailure Failure)> ReadAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) ? ReadQueryString(context.Request) : await ReadBodyAsync(context);

    private static (GraphQLRequestParameters?, RequestReadFailure) ReadQueryString(HttpRequest request) =>
        GraphQLRequestParameters.TryParse(request.Query, out var parameters, out var error)
            ? (parameters, default)
            : (null, new RequestReadFailure(StatusCodes.Status400BadRequest, error, ErrorCodes.BadRequest));

    private async ValueTask<(GraphQLRequestParameters?, RequestReadFailure)> ReadBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (!GraphQLMediaTypes.IsJsonRequest(request.ContentType))
        {
            return (null, new RequestReadFailure(StatusCodes.Status415UnsupportedMediaType,
                $"POST bodies must be {GraphQLMediaTypes.Json} (UTF-8); got '{request.ContentType}'.", TransportErrorCodes.UnsupportedMediaType));
        }
        if (request.ContentLength > _maxRequestBytes)
            return (null, TooLarge());

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            var body = read.Buffer;
            if (body.Length > _maxRequestBytes)
            {
                reader.AdvanceTo(body.End);
                return (null, TooLarge());
            }
            if (!read.IsCompleted)
            {
                reader.AdvanceTo(body.Start, body.End);
                continue;
            }
            try
            {
                return Parse(body);
            }
            finally
            {
                reader.AdvanceTo(body.End);
            }
        }
    }

    private static (GraphQLRequestParameters?, RequestReadFailure) Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
            return (null, new RequestReadFailure(StatusCodes.Status400BadRequest, "The request body is empty: send a JSON object with a 'query'.", ErrorCodes.BadRequest));
        try
        {
            using var document = ClientJson.Parse(body);
            return GraphQLRequestParameters.TryParse(document.RootElement, out var parameters, out var error)
                ? (parameters, default)
                : (null, new RequestReadFailure(StatusCodes.Status400BadRequest, error, ErrorCodes.BadRequest));
        }
        catch (JsonException exception)
        {
            return (null, new RequestReadFailure(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}", ErrorCodes.BadRequest));
        }
    }

    private RequestReadFailure TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {_maxRequestBytes} bytes.", TransportErrorCodes.RequestTooLarge);
}
