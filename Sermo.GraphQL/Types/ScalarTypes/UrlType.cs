namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary><c>Url</c>: an absolute http or https URL; internally a Uri.</summary>
public sealed class UrlType() : TextScalarType<Uri>(
    "Url",
    "An absolute http or https URL, as RFC 3986 describes it.",
    "https://www.rfc-editor.org/rfc/rfc3986")
{
    protected override string FormatName => "absolute http(s) URL";

    protected override bool TryParse(string text, out Uri value)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsWebUrl(uri))
        {
            value = uri;
            return true;
        }
        value = null!;
        return false;
    }

    protected override string Format(Uri value) => value.IsAbsoluteUri && IsWebUrl(value)
        ? value.AbsoluteUri
        : throw new ScalarCoercionException($"Url cannot represent a relative or non-http(s) URL: \"{value.OriginalString}\"");

    private static bool IsWebUrl(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
