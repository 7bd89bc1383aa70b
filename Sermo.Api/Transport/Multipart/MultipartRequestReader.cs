using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Sermo.Api.Hosting;
using Sermo.GraphQL;
using Sermo.GraphQL.Types;
using Sermo.GraphQL.Types.ScalarTypes;

namespace Sermo.Api.Transport.Multipart;

/// <summary>Reads a POST <c>multipart/form-data</c> request as the GraphQL multipart request specification lays it out:
/// an <c>operations</c> part (one GraphQL request as JSON, the files' places left null), a <c>map</c> part (file part
/// name to paths in the variables), then the file parts, each copied to a temporary file as it arrives and placed into
/// the variables as an <see cref="IUploadedFile"/>. Only schemas that declare the <c>Upload</c> scalar take files.
/// Every request must carry a <c>GraphQL-Preflight</c> header: a browser cannot add one to a cross-site form post
/// without asking the server first (CORS), so a page elsewhere cannot make a signed-in browser upload (CSRF).</summary>
public sealed class MultipartRequestReader(IOptions<UploadOptions> uploadOptions, IOptions<GraphQLOptions> graphQLOptions)
{
    public const string MediaType = "multipart/form-data";
    public const string PreflightHeader = "GraphQL-Preflight";

    private readonly UploadOptions _limits = uploadOptions.Value;
    private readonly long _maxJsonBytes = graphQLOptions.Value.MaxRequestBytes;

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);

    public async ValueTask<(GraphQLRequestParameters? Parameters, RequestReadFailure Failure)> ReadAsync(HttpContext context, GraphQLSchemaEndpoint endpoint)
    {
        if (endpoint.Schema.GetType(Scalars.Upload.Name) is not UploadType)
        {
            return (null, new RequestReadFailure(StatusCodes.Status415UnsupportedMediaType,
                $"The {endpoint.Name} graph takes no files: POST bodies must be {GraphQLMediaTypes.Json}.", TransportErrorCodes.UnsupportedMediaType));
        }
        if (StringValues.IsNullOrEmpty(context.Request.Headers[PreflightHeader]))
        {
            return (null, new RequestReadFailure(StatusCodes.Status400BadRequest,
                $"A multipart request must carry the header '{PreflightHeader}: 1' (a cross-site form cannot send it without the browser asking first).",
                TransportErrorCodes.PreflightRequired));
        }
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(context.Request.ContentType).Boundary);
        if (StringSegment.IsNullOrEmpty(boundary) || boundary.Length > 70)
            return Malformed("The multipart Content-Type has no valid boundary.");
        if (context.Request.ContentLength > _limits.MaxRequestBytes)
            return TooLarge($"The request body is larger than {_limits.MaxRequestBytes} bytes.");
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = _limits.MaxRequestBytes + 64 * 1024; // boundaries and part headers

        var files = new Dictionary<string, IUploadedFile>(StringComparer.Ordinal);
        var kept = false;
        try
        {
            var result = await ReadPartsAsync(new MultipartReader(boundary.Value!, context.Request.Body), files, context.RequestAborted);
            if (result.Parameters is not null)
            {
                foreach (var file in files.Values)
                    context.Response.RegisterForDispose((SpooledFile)file);
                kept = true;
            }
            return result;
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge($"The request body is larger than {_limits.MaxRequestBytes} bytes.");
        }
        catch (Exception malformed) when (malformed is InvalidDataException or BadHttpRequestException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            return Malformed($"The multipart body is malformed: {malformed.Message}");
        }
        finally
        {
            if (!kept)
            {
                foreach (var file in files.Values)
                    ((SpooledFile)file).Dispose();
            }
        }
    }

    private async Task<(GraphQLRequestParameters? Parameters, RequestReadFailure Failure)> ReadPartsAsync(
        MultipartReader reader, Dictionary<string, IUploadedFile> files, CancellationToken cancellationToken)
    {
        var operations = await reader.ReadNextSectionAsync(cancellationToken);
        if (NameOf(operations) != "operations")
            return Malformed("The first part of a multipart request must be 'operations' (the GraphQL request as JSON), then 'map', then the files.");
        var operationsJson = await ReadJsonPartAsync(operations!, cancellationToken);
        if (operationsJson is null)
            return TooLarge($"The 'operations' part is larger than {_maxJsonBytes} bytes.");

        var mapPart = await reader.ReadNextSectionAsync(cancellationToken);
        if (NameOf(mapPart) != "map")
            return Malformed("The 'map' part must follow 'operations' (the files come after both).");
        var mapJson = await ReadJsonPartAsync(mapPart!, cancellationToken);
        if (mapJson is null)
            return TooLarge($"The 'map' part is larger than {_maxJsonBytes} bytes.");

        GraphQLRequestParameters? parameters;
        FileMap? map;
        try
        {
            using var operationsDocument = ClientJson.Parse(operationsJson);
            if (operationsDocument.RootElement.ValueKind == JsonValueKind.Array)
                return Malformed("The 'operations' part holds a batch; send one operation per request.");
            if (!GraphQLRequestParameters.TryParse(operationsDocument.RootElement, out parameters, out var error))
                return Malformed($"The 'operations' part: {error}");
            using var mapDocument = ClientJson.Parse(mapJson);
            if (!FileMap.TryParse(mapDocument.RootElement, out map, out error))
                return Malformed(error);
        }
        catch (JsonException exception)
        {
            return Malformed($"The 'operations' or 'map' part is not valid JSON: {exception.Message}");
        }
        if (map.Paths.Count > _limits.MaxFiles)
            return TooMany();

        long total = operationsJson.Length + mapJson.Length;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } part)
        {
            var name = NameOf(part);
            if (name is null || !map.Paths.ContainsKey(name))
                return Malformed($"The file part '{name}' is not named in the 'map' part.");
            if (files.ContainsKey(name))
                return Malformed($"The file part '{name}' is sent twice.");
            var fileName = FileNameOf(part);
            var file = await SpooledFile.CopyAsync(part.Body, fileName, part.ContentType, Math.Min(_limits.MaxFileBytes, _limits.MaxRequestBytes - total), cancellationToken);
            if (file is null)
                return TooLarge($"The file part '{name}' is larger than {_limits.MaxFileBytes} bytes, or the request larger than {_limits.MaxRequestBytes}.");
            files[name] = file;
            total += file.Length;
        }
        if (map.Paths.Keys.FirstOrDefault(name => !files.ContainsKey(name)) is { } missing)
            return Malformed($"The 'map' part names the file part '{missing}', which the request does not carry.");
        if (!map.TryPlace(parameters.Variables, files, out var variables, out var placeError))
            return Malformed(placeError);
        return (parameters with { Variables = variables }, default);
    }

    private static string? NameOf(MultipartSection? section) =>
        section?.GetContentDispositionHeader() is { } disposition && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
            : null;

    /// <summary>The file name a part declares (RFC 5987's <c>filename*</c> first); empty when it gives none.</summary>
    private static string FileNameOf(MultipartSection section)
    {
        if (section.GetContentDispositionHeader() is not { } disposition)
            return "";
        var name = StringSegment.IsNullOrEmpty(disposition.FileNameStar) ? disposition.FileName : disposition.FileNameStar;
        return HeaderUtilities.RemoveQuotes(name).Value ?? "";
    }

    /// <summary>A JSON part's bytes; null when it is larger than <c>GraphQL:MaxRequestBytes</c>.</summary>
    private async Task<byte[]?> ReadJsonPartAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _maxJsonBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static (GraphQLRequestParameters?, RequestReadFailure) Malformed(string message) =>
        (null, new RequestReadFailure(StatusCodes.Status400BadRequest, message, ErrorCodes.BadRequest));

    private static (GraphQLRequestParameters?, RequestReadFailure) TooLarge(string message) =>
        (null, new RequestReadFailure(StatusCodes.Status413PayloadTooLarge, message, TransportErrorCodes.RequestTooLarge));

    private (GraphQLRequestParameters?, RequestReadFailure) TooMany() =>
        (null, new RequestReadFailure(StatusCodes.Status413PayloadTooLarge, $"The request carries more than {_limits.MaxFiles} files.", TransportErrorCodes.TooManyFiles));
}
