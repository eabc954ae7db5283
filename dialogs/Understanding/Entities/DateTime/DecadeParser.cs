using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Decades (九十年代, 80年代, 十九世纪七十年代), for the specs.</summary>
internal static class DecadeParser
{
    public static bool TryRead(string text, int pos, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !ChineseNumerals.IsNumeralChar(text[pos]))
        {
            return false;
        }

        var i = pos;
        var century = 0;
        if (ChineseNumerals.TryRead(text, i, out var c, out var cLen, out _) && TextAt.Is(text, i + cLen, "世纪") &&
            c is >= 1 and <= 30)
        {
            century = c;
            i += cLen + 2;
        }

        if (!ChineseNumerals.TryRead(text, i, out var decade, out var len, out _) || decade % 10 != 0 || decade > 90 ||
            !TextAt.Is(text, i + len, "年代"))
        {
            return false;
        }

        var end = i + len + 2;
        var firstYear = century > 0 ? ((century - 1) * 100) + decade : decade >= 30 ? 1900 + decade : 2000 + decade;
        var from = new DateOnly(firstYear, 1, 1);
        var to = from.AddYears(10);
        var timex = century > 0
            ? string.Create(CultureInfo.InvariantCulture, $"({from:yyyy-MM-dd},{to:yyyy-MM-dd},P10Y)")
            : string.Create(CultureInfo.InvariantCulture, $"(XX{decade:00}-01-01,XX{(decade + 10) % 100:00}-01-01,P10Y)");
        phrase = new DatePhrase(pos, end, DateGranularity.Year, timex, from, from) { FutureEnd = to, PastEnd = to, SpecOnly = true };
        return true;
    }
}
