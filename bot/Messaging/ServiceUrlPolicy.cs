using Microsoft.Extensions.Options;

namespace ConciergeBot.Messaging;

/// <summary>
/// The serviceUrl allow-list (<c>Messages:AllowedServiceUrls</c>): the only places a reply or a proactive message
/// is POSTed to Bot Connector style. A serviceUrl is what a caller wrote in its activity, so followed blindly it lets
/// anyone make the bot send requests (and owners' data) wherever they like; here only configured hosts count, and
/// loopback only when an entry names it.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptionsMonitor<MessagesOptions> options)
{
    public const string AnyChannel = "*";

    private const string WildcardLabel = "wildcard--";

    /// <summary>True when <paramref name="serviceUrl"/> is on the allow-list of <paramref name="channelId"/> or of every channel.</summary>
    public bool Allows(string? channelId, string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0)
        {
            return false;
        }
        foreach (var (channel, entries) in options.CurrentValue.AllowedServiceUrls)
        {
            if (channel != AnyChannel && !string.Equals(channel, channelId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (var entry in entries ?? [])
            {
                if (ParseEntry(entry) is { } allowed && allowed.Matches(url))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>An allow-list entry, or null when it is not an absolute http(s) URL.</summary>
    public static Entry? ParseEntry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // "*.example.com" is not a host Uri accepts: read it with a placeholder label.
        var wildcard = text.Contains("://*.", StringComparison.Ordinal);
        var parsable = wildcard ? text.Replace("://*.", "://" + WildcardLabel + ".", StringComparison.Ordinal) : text;
        if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var host = wildcard ? uri.Host[(WildcardLabel.Length + 1)..] : uri.Host;
        var path = uri.AbsolutePath.TrimEnd('/') + "/";
        return new Entry(uri.Scheme, host, wildcard, uri.Port, path);
    }

    internal sealed record Entry(string Scheme, string Host, bool AnySubdomain, int Port, string PathPrefix)
    {
        public bool Matches(Uri url) =>
            url.Scheme == Scheme
            && url.Port == Port
            && (AnySubdomain
                ? url.Host.EndsWith("." + Host, StringComparison.OrdinalIgnoreCase)
                : string.Equals(url.Host, Host, StringComparison.OrdinalIgnoreCase))
            && (url.AbsolutePath.TrimEnd('/') + "/").StartsWith(PathPrefix, StringComparison.Ordinal);
    }
}
