using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A message passed on in quotation marks ("邻居发语音让我转给你们：“8栋102的老太太在院子里摔了，头出血了”", "你看截图，我女儿
/// 两分钟前发的“妈妈我被关在电梯里了”"): the quotation is the report, not a title or a line from a story, so it is read
/// as if written without the marks.
/// </summary>
internal static partial class CueContext
{
    /// <summary><paramref name="text"/> with the marks around a forwarded message, a voice note or a screenshot's words taken away.</summary>
    public static string UnquoteForwarded(string text) =>
        text.Contains('“', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) || text.Contains('「', StringComparison.Ordinal)
            ? ForwardedQuote().Replace(text, m => $"{m.Groups["lead"].Value}，{m.Groups["said"].Value}，")
            : text;

    [GeneratedRegex("(?<lead>(转给你们|转告你们|转发|语音|截图|发的|发来|留言|消息|短信|提醒|微信|群里|她说|他说|喊)[^“\"「，。]{0,6}[：:]?)[“\"「](?<said>[^”\"」]{4,80})[”\"」]")]
    private static partial Regex ForwardedQuote();
}
