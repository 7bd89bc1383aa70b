using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Sermo.GraphQL.Relay;

/// <summary>Turns bytes into a url-safe token that reveals nothing of them and cannot be forged or altered
/// without the secret, and back. Deterministic on purpose (the same bytes always give the same token, so ids
/// are stable): AES-256-GCM under a nonce derived from the plaintext by HMAC-SHA256 (the SIV construction),
/// checked again on the way back. Equal tokens therefore mean equal plaintexts, which is what an id is for.
/// Each purpose (ids, cursors) derives keys of its own from the secret with HKDF, so a token made for one
/// purpose never opens under another. Thread-safe.</summary>
public sealed class OpaqueTokenProtector
{
    /// <summary>The shortest secret accepted: 256 bits.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Longer tokens are refused before any work (a client cannot make us decode megabytes).</summary>
    public const int MaximumTokenLength = 1024;

    private const byte FormatVersion = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int Overhead = 1 + NonceLength + TagLength;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _nonceKey;

    public OpaqueTokenProtector(ReadOnlySpan<byte> secret, string purpose)
    {
        if (secret.Length < MinimumSecretLength)
            throw new ArgumentException($"The secret must be at least {MinimumSecretLength} bytes long.", nameof(secret));
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (!AesGcm.IsSupported)
            throw new PlatformNotSupportedException("AES-GCM is not available on this platform.");
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.ToArray(), 32, info: Encoding.UTF8.GetBytes($"sermo.relay/{purpose}/encryption"));
        _nonceKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.ToArray(), 32, info: Encoding.UTF8.GetBytes($"sermo.relay/{purpose}/nonce"));
    }

    public string Protect(ReadOnlySpan<byte> plaintext)
    {
        var sealedBytes = new byte[Overhead + plaintext.Length];
        sealedBytes[0] = FormatVersion;
        var nonce = sealedBytes.AsSpan(1, NonceLength);
        DeriveNonce(plaintext, nonce);
        using (var aes = new AesGcm(_encryptionKey, TagLength))
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(1 + NonceLength, plaintext.Length), sealedBytes.AsSpan(1 + NonceLength + plaintext.Length), sealedBytes.AsSpan(0, 1));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The plaintext of a token made by <see cref="Protect"/> with the same secret and purpose; false
    /// for anything else (malformed, truncated, altered, another secret or purpose), without saying which.</summary>
    public bool TryUnprotect(string token, out byte[] plaintext)
    {
        plaintext = [];
        if (token.Length is 0 or > MaximumTokenLength || !Base64Url.IsValid(token, out var length) || length < Overhead)
            return false;
        var sealedBytes = Base64Url.DecodeFromChars(token);
        if (sealedBytes[0] != FormatVersion || Base64Url.EncodeToString(sealedBytes) != token)
            return false; // Only the canonical spelling is an id: no second string may name the same entity.
        var nonce = sealedBytes.AsSpan(1, NonceLength);
        var opened = new byte[sealedBytes.Length - Overhead];
        try
        {
            using var aes = new AesGcm(_encryptionKey, TagLength);
            aes.Decrypt(nonce, sealedBytes.AsSpan(1 + NonceLength, opened.Length), sealedBytes.AsSpan(1 + NonceLength + opened.Length), opened, sealedBytes.AsSpan(0, 1));
        }
        catch (CryptographicException)
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[NonceLength];
        DeriveNonce(opened, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, nonce))
            return false;
        plaintext = opened;
        return true;
    }

    private void DeriveNonce(ReadOnlySpan<byte> plaintext, Span<byte> nonce)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_nonceKey, plaintext, mac);
        mac[..NonceLength].CopyTo(nonce);
    }
}
