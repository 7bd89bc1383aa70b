using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Sermo.Domain.Pages;

/// <summary>
/// The SHA-256 of a piece of content's canonical form, as 64 lower-case hex digits. The canonical form is a JSON
/// object of the named values in the order given, text in Unicode normalisation form C, absent values as null: two
/// contents hash alike exactly when a visitor would see the same thing. An approval names the hash it approved, so
/// publishing can check it is the very content that goes live.
/// </summary>
public static class ContentHash
{
    public const int Length = 64;

    public static string Of(params (string Name, object? Value)[] values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in values)
            {
                switch (value)
                {
                    case null:
                        json.WriteNull(name);
                        break;
                    case string text:
                        json.WriteString(name, text.Normalize(NormalizationForm.FormC));
                        break;
                    case Guid id:
                        json.WriteString(name, id.ToString("D"));
                        break;
                    case Enum kind:
                        json.WriteString(name, kind.ToString());
                        break;
                    default:
                        throw new ArgumentException($"{name}: {value.GetType().Name} has no canonical form.", nameof(values));
                }
            }
            json.WriteEndObject();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
