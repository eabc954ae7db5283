using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>
/// Issues and checks our own Direct Line tokens, the payload being <c>conversation \n user \n expiry</c>. No
/// server-side token table is needed; a token is bound to its conversation and user by its protection:
/// <list type="bullet">
/// <item>with <c>DirectLine:TokenSigningKey</c> configured (several nodes share it):
/// <c>base64url(payload) . base64url(HMAC-SHA256)</c>;</item>
/// <item>otherwise ASP.NET Core Data Protection, whose key ring lives in the data directory and is created once
/// (<see cref="Storage.DataProtectionKeys"/>): <c>base64url(protected payload)</c> — encrypted and authenticated, and
/// still valid after a restart.</item>
/// </list>
/// The web chat's user cookie is protected the same way.
/// </summary>
internal sealed class DirectLineTokens
{
    private readonly byte[]? _key;
    private readonly IDataProtector _tokenProtector;
    private readonly IDataProtector _cookieProtector;
    private readonly byte[]? _secret;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, IDataProtectionProvider protection)
    {
        ArgumentNullException.ThrowIfNull(protection);
        var o = options.Value;
        _key = o.TokenSigningKey.Length > 0 ? Encoding.UTF8.GetBytes(o.TokenSigningKey) : null;
        _tokenProtector = protection.CreateProtector("ConciergeBot.DirectLine.Token.v1");
        _cookieProtector = protection.CreateProtector("ConciergeBot.WebChat.UserCookie.v1");
        _secret = o.Secret.Length > 0 ? Encoding.UTF8.GetBytes(o.Secret) : null;
        _time = time;
        Lifetime = o.TokenLifetime;
    }

    public TimeSpan Lifetime { get; }

    public int ExpiresInSeconds => (int)Lifetime.TotalSeconds;

    public string Issue(string conversationId, string userId)
    {
        var expires = _time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(
            string.Join('\n', conversationId, userId, expires.ToString(CultureInfo.InvariantCulture)));
        return _key is null
            ? Base64Url.EncodeToString(_tokenProtector.Protect(payload))
            : Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Sign(payload));
    }

    public bool IsSecret(string credential) =>
        _secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret);

    public TokenCheck Read(string credential, out DirectLineToken token)
    {
        token = null!;
        var payload = credential.Length > 2048 ? null : _key is null ? Unprotect(_tokenProtector, credential) : Verify(credential);
        if (payload is null)
        {
            return TokenCheck.Invalid;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return TokenCheck.Invalid;
        }

        token = new DirectLineToken(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(expires));
        return _time.GetUtcNow() >= token.ExpiresAt ? TokenCheck.Expired : TokenCheck.Valid;
    }

    /// <summary>A user id protected for a cookie (<c>/chat</c> keeps the same user across page loads without trusting the page).</summary>
    public string ProtectUserId(string userId) => _key is null
        ? Base64Url.EncodeToString(_cookieProtector.Protect(Encoding.UTF8.GetBytes(userId)))
        : userId + "." + Base64Url.EncodeToString(Sign(Encoding.UTF8.GetBytes("user\n" + userId)));

    public bool TryReadUserId(string? value, out string userId)
    {
        userId = "";
        if (string.IsNullOrEmpty(value) || value.Length > 1024)
        {
            return false;
        }

        if (_key is null)
        {
            if (Unprotect(_cookieProtector, value) is not { } bytes)
            {
                return false;
            }

            userId = Encoding.UTF8.GetString(bytes);
            return userId.Length > 0;
        }

        var dot = value.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var candidate = value[..dot];
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(ProtectUserId(candidate)), Encoding.UTF8.GetBytes(value)))
        {
            return false;
        }

        userId = candidate;
        return true;
    }

    /// <summary>The payload of an HMAC-signed token, or null when it is malformed or the signature does not match.</summary>
    private byte[]? Verify(string credential)
    {
        var dot = credential.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(credential.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(credential.AsSpan(dot + 1));
            return CryptographicOperations.FixedTimeEquals(Sign(payload), signature) ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>What a Data Protection protector sealed, or null when the text is not one of its payloads (forged, tampered, another key ring).</summary>
    private static byte[]? Unprotect(IDataProtector protector, string text)
    {
        try
        {
            return protector.Unprotect(Base64Url.DecodeFromChars(text));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key!, payload);
}
