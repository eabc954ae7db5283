using System.Globalization;

namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// What a request from WeChat must show before its body is read: a signature made with our token, and a
/// <c>timestamp</c> within <see cref="MaxSkew"/> of our clock. The signature never expires by itself, so without the
/// window a request captured once could be replayed for ever — in plain mode even with another body, which the
/// signature does not cover.
/// </summary>
internal static class WeChatRequestCheck
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>Why the request is refused (plain text for WeChat's operators), or null when it may go on.</summary>
    public static string? Refusal(string? signature, string? timestamp, string? nonce, string token, TimeProvider time)
    {
        if (timestamp is null || nonce is null || !WeChatSignature.Matches(signature, token, timestamp, nonce))
        {
            return "The signature does not match.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var signedAt))
        {
            return "timestamp must be a Unix time in seconds.";
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)MaxSkew.TotalSeconds;
        return signedAt < now - skew || signedAt > now + skew
            ? $"The timestamp is more than {MaxSkew.TotalMinutes:0} minutes away from the server's clock; a signed request is accepted for {MaxSkew.TotalMinutes:0} minutes only."
            : null;
    }
}
