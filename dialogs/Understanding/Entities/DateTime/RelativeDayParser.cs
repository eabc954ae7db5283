using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Reads days named relative to today: 今天 明天 后天 大后天 昨天 前天, 今晚 明早 昨晚, 今日 明日.</summary>
internal static class RelativeDayParser
{
    private static readonly (string Word, int Offset, DayPeriod Period)[] Words =
    [
        ("大后天", 3, DayPeriod.None), ("大後天", 3, DayPeriod.None), ("大前天", -3, DayPeriod.None),
        ("今天", 0, DayPeriod.None), ("今日", 0, DayPeriod.None), ("今儿", 0, DayPeriod.None),
        ("明天", 1, DayPeriod.None), ("明日", 1, DayPeriod.None), ("明儿", 1, DayPeriod.None),
        ("后天", 2, DayPeriod.None), ("後天", 2, DayPeriod.None),
        ("昨天", -1, DayPeriod.None), ("昨日", -1, DayPeriod.None), ("昨儿", -1, DayPeriod.None),
        ("前天", -2, DayPeriod.None),
        ("今晚", 0, DayPeriod.Evening), ("今早", 0, DayPeriod.Morning), ("今晨", 0, DayPeriod.Morning),
        ("今夜", 0, DayPeriod.Night),
        ("明早", 1, DayPeriod.Morning), ("明晚", 1, DayPeriod.Evening), ("明晨", 1, DayPeriod.Morning),
        ("昨晚", -1, DayPeriod.Evening), ("昨夜", -1, DayPeriod.Night), ("前晚", -2, DayPeriod.Evening),
    ];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create(string.Concat(Words.Select(w => w.Word[0])) + "最");

    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !FirstChars.Contains(text[pos]))
        {
            return false;
        }

        if (pos > 0 && text[pos - 1] == '《')
        {
            return false; // a title: 《明日之后》
        }

        foreach (var (word, offset, period) in Words)
        {
            if (!TextAt.Is(text, pos, word) || Excluded(text, pos, word))
            {
                continue;
            }

            var day = today.AddDays(offset);
            phrase = new DatePhrase(pos, pos + word.Length, DateGranularity.Day, DateMath.Date(day), day, day)
            {
                ImpliedPeriod = period,
                IsPartOfToday = offset == 0 && period != DayPeriod.None,
                Year = day.Year,
                Month = day.Month,
            };
            return true;
        }

        if (TextAt.Is(text, pos, "最近"))
        {
            phrase = new DatePhrase(pos, pos + 2, DateGranularity.Day, DateMath.Date(today), today, today) { SpecOnly = true };
            return true;
        }

        return false;
    }

    private static bool Excluded(string text, int pos, string word)
    {
        var before = pos > 0 ? text[pos - 1] : ' ';
        var after = pos + word.Length < text.Length ? text[pos + word.Length] : ' ';
        return word switch
        {
            "后天" or "後天" => before is '以' or '之' or '然' or '最' or '过' or '先' or '背' or '落' or '往' || after == '天',
            "前天" => before is '之' or '以' or '提' or '目' or '眼' or '当' or '从' or '往' || after == '天',
            "今日" => TextAt.Is(text, pos + 2, "头条"),
            "明日" => TextAt.Is(text, pos + 2, "之后") && pos + 4 < text.Length && text[pos + 4] == '》',
            _ => false,
        };
    }
}
