namespace Sermo.Api.Schemas;

/// <summary>The <c>Relay</c> section: the secret that seals global ids and paging cursors. Every instance of a
/// deployment needs the same one (an id made by one instance is read by another), and changing it changes every id a
/// partner has stored.</summary>
public sealed class RelayOptions
{
    public const string SectionName = "Relay";

    /// <summary>At least 32 random bytes, base64 (<c>openssl rand -base64 32</c>). Development has one in
    /// appsettings.Development.json; production sets it through the environment (<c>Relay__Secret</c>).</summary>
    public string Secret { get; set; } = "";

    /// <summary>The secret's bytes; throws <see cref="FormatException"/> when it is not base64.</summary>
    public byte[] SecretBytes() => Convert.FromBase64String(Secret);
}
