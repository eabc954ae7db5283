using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// A length-preserving safety net for text that skipped normalisation: folds the Traditional characters and
/// full-width forms that temporal expressions use (點 兩 週 後 個 號 時, ０-９ ： ，) to what the parsers read.
/// Offsets stay valid because every character maps to exactly one character.
/// </summary>
internal static class TextFolding
{
    private const string From = "點兩時號週後個鐘禮頭從來這與間農臘國節聖誕過還開為當歲內樓棟單幾曆號鐘";
    private const string To = "点两时号周后个钟礼头从来这与间农腊国节圣诞过还开为当岁内楼栋单几历号钟";

    private static readonly SearchValues<char> Foldable = SearchValues.Create(From + "０１２３４５６７８９：，～－／．　");

    public static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAny(Foldable) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    private static char FoldChar(char c)
    {
        if (c is >= '０' and <= '９')
        {
            return (char)(c - '０' + '0');
        }

        switch (c)
        {
            case '：':
                return ':';
            case '，':
                return ',';
            case '～':
                return '~';
            case '－':
                return '-';
            case '／':
                return '/';
            case '．':
                return '.';
            case '　':
                return ' ';
        }

        var k = From.IndexOf(c, StringComparison.Ordinal);
        return k >= 0 ? To[k] : c;
    }
}
