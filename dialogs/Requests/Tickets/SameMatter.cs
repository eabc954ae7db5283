namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// Whether two texts speak of the same thing: they share a two-character Chinese word (电梯, 漏水, 天花, 门把) that is
/// not everyday filler (nor one of the <c>ignored</c> words the caller names).
/// </summary>
public static class SameMatter
{
    private static readonly HashSet<string> CommonWords =
    [
        "我家", "你们", "我们", "现在", "已经", "一下", "一直", "还是", "不是", "没有", "可以", "什么", "怎么", "这个", "那个",
        "师傅", "物业", "麻烦", "赶紧", "快点", "一点", "有人", "时候", "今天", "刚才", "还有", "就是", "但是", "因为", "所以",
    ];

    public static bool Shares(string message, string description) => SharedWords(message, description, null) > 0;

    /// <summary>How many distinct such words of <paramref name="message"/> appear in <paramref name="description"/>.</summary>
    public static int SharedWords(string message, string description, IReadOnlySet<string>? ignored)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(description);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 <= message.Length; i++)
        {
            var word = message.Substring(i, 2);
            if (IsMatterWord(word, ignored) && description.Contains(word, StringComparison.Ordinal))
            {
                shared.Add(word);
            }
        }

        return shared.Count;
    }

    /// <summary>A two-character Chinese word that can name a matter: not everyday filler, nor one of <paramref name="ignored"/>.</summary>
    public static bool IsMatterWord(string word, IReadOnlySet<string>? ignored)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length == 2 && IsChineseWordChar(word[0]) && IsChineseWordChar(word[1]) && !CommonWords.Contains(word) && ignored?.Contains(word) != true;
    }

    private static bool IsChineseWordChar(char c) => char.IsLetterOrDigit(c) && !char.IsAscii(c);
}
