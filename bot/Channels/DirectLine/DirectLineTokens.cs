using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>
/// Issues and checks our own Direct Line tokens: <c>base64url(conversation \n user \n expiry) . base64url(HMAC-SHA256)</c>.
/// No server-side token table is needed; a token is bound to its conversation and user by the signature.
/// Without a configured signing key a random one is used, so tokens last only as long as the process.
/// </summary>
internal sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly byte[]? _secret;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _key = o.TokenSigningKey.Length > 0 ? Encoding.UTF8.GetBytes(o.TokenSigningKey) : RandomNumberGenerator.GetBytes(32);
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
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Sign(payload));
    }

    public bool IsSecret(string credential) =>
        _secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret);

    public TokenCheck Read(string credential, out DirectLineToken token)
    {
        token = null!;
        var dot = credential.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || credential.Length > 2048)
        {
            return TokenCheck.Invalid;
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(credential.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(credential.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return TokenCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(Sign(payload), signature))
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

    /// <summary>A user id signed for a cookie (<c>/chat</c> keeps the same user across page loads without trusting the page).</summary>
    public string ProtectUserId(string userId) =>
        userId + "." + Base64Url.EncodeToString(Sign(Encoding.UTF8.GetBytes("user\n" + userId)));

    public bool TryReadUserId(string? value, out string userId)
    {
        userId = "";
        var dot = value?.LastIndexOf('.') ?? -1;
        if (dot <= 0)
        {
            return false;
        }

        var candidate = value![..dot];
        if (!string.Equals(ProtectUserId(candidate), value, StringComparison.Ordinal))
        {
            return false;
        }

        userId = candidate;
        return true;
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);
}
