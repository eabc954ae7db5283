using System.Text.Json;
using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Channels;

/// <summary>
/// What every door refuses before a turn runs, with the same limit and the same words: <c>/api/messages</c>,
/// Direct Line and the WeChat account.
/// </summary>
internal static class InboundActivity
{
    /// <summary>The longest message text a turn reads (UTF-16 code units, as <c>string.Length</c> counts).</summary>
    public const int MaxTextLength = 4000;

    public static string TextTooLong { get; } = $"Message text is limited to {MaxTextLength} characters.";

    /// <summary>
    /// Reads an activity. The schema's timestamp converter reports an unreadable <c>timestamp</c> (not a date, or
    /// outside what a date can hold) as a FormatException or ArgumentOutOfRangeException; it is a malformed body like any other.
    /// </summary>
    /// <exception cref="JsonException">The body is not an activity.</exception>
    public static Activity? Deserialize(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return ActivityJson.Deserialize(utf8);
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            throw new JsonException("timestamp must be an ISO 8601 date and time, e.g. 2026-12-02T09:30:00Z.", e);
        }
    }
}
