using System.Security.Cryptography;
using System.Text;

namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// WeChat's request signature: the SHA-1 (lower-case hex) of the ordinal-sorted concatenation of the parts
/// (token, timestamp, nonce — plus the Encrypt field for <c>msg_signature</c> in safe mode).
/// </summary>
internal static class WeChatSignature
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "WeChat's protocol defines the signature as SHA-1; we must compute exactly that.")]
    public static string Compute(params string[] parts)
    {
        var sorted = (string[])parts.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Compares in constant time so the check leaks nothing about how much of a forged signature matched.</summary>
    public static bool Matches(string? presented, params string[] parts)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(parts));
        var actual = Encoding.ASCII.GetBytes(presented.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
