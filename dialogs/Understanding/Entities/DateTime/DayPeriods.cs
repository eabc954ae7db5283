using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Reads parts of the day and applies them to clock hours.</summary>
internal static class DayPeriods
{
    private static readonly (string Word, DayPeriod Period)[] Words = WithPackageWords(
    [
        ("凌晨", DayPeriod.EarlyMorning), ("清晨", DayPeriod.EarlyMorning), ("早晨", DayPeriod.Morning),
        ("早上", DayPeriod.Morning), ("早间", DayPeriod.Morning), ("上午", DayPeriod.Morning),
        ("中午", DayPeriod.Noon), ("正午", DayPeriod.Noon), ("午间", DayPeriod.Noon),
        ("下午", DayPeriod.Afternoon), ("午后", DayPeriod.Afternoon),
        ("傍晚", DayPeriod.Evening), ("晚上", DayPeriod.Evening), ("晚间", DayPeriod.Evening), ("夜晚", DayPeriod.Evening),
        ("夜里", DayPeriod.Night), ("夜间", DayPeriod.Night), ("深夜", DayPeriod.Night),
        ("半夜", DayPeriod.Midnight), ("午夜", DayPeriod.Midnight),
        ("白天", DayPeriod.Daytime),
    ]);

    /// <summary>Reads a part of the day written with two characters (上午, 下午, 晚上…) at <paramref name="pos"/>.</summary>
    private static readonly SearchValues<char> FirstChars = SearchValues.Create(string.Concat(Words.Select(w => w.Word[0])));

    public static bool TryRead(string text, int pos, out DayPeriod period, out int length)
    {
        if (pos >= text.Length || !FirstChars.Contains(text[pos]))
        {
            period = DayPeriod.None;
            length = 0;
            return false;
        }

        foreach (var (word, p) in Words)
        {
            if (TextAt.Is(text, pos, word))
            {
                period = p;
                length = word.Length;
                return true;
            }
        }

        period = DayPeriod.None;
        length = 0;
        return false;
    }

    /// <summary>
    /// Ours first (their periods stay: 清晨 is the small hours here, morning in the package's term lists), then the
    /// package's two-character words for parts of the day that we lack (日间), with the period its term lists give.
    /// Single characters (早, 晚) are read only before a clock time (<see cref="Single"/>).
    /// </summary>
    private static (string Word, DayPeriod Period)[] WithPackageWords((string Word, DayPeriod Period)[] ours)
    {
        var known = ours.Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
        var extra = MicrosoftTables.DayPeriodWords.Concat(MicrosoftTables.DaytimeWords)
            .Where(w => w.Length >= 2 && known.Add(w))
            .Select(w => (Word: w, Period: MicrosoftTables.TermListPeriod(w)))
            .Where(w => w.Period != DayPeriod.None);
        return [.. ours, .. extra];
    }

    /// <summary>The part of the day a single character 早/晚/夜 names when a clock time follows it.</summary>
    public static DayPeriod Single(char c) => c switch
    {
        '早' => DayPeriod.Morning,
        '晚' => DayPeriod.Evening,
        '夜' => DayPeriod.Night,
        _ => DayPeriod.None,
    };

    /// <summary>The 24-hour clock hour for an hour as said with a part of the day; -1 if impossible.</summary>
    public static int Apply(DayPeriod period, int hour)
    {
        if (hour > 24)
        {
            return -1;
        }

        return period switch
        {
            DayPeriod.None or DayPeriod.Morning or DayPeriod.EarlyMorning => hour == 24 ? 0 : hour,
            DayPeriod.Noon => hour is >= 1 and <= 5 ? hour + 12 : hour,
            DayPeriod.Afternoon or DayPeriod.Daytime => hour is >= 1 and < 12 ? hour + 12 : hour,
            DayPeriod.Evening => hour switch
            {
                >= 5 and < 12 => hour + 12,
                12 or 24 => 0,
                _ => hour,
            },
            DayPeriod.Night => hour switch
            {
                >= 6 and < 12 => hour + 12,
                12 or 24 => 0,
                _ => hour,
            },
            DayPeriod.Midnight => hour is 12 or 24 ? 0 : hour is >= 9 and < 12 ? hour + 12 : hour,
            _ => hour,
        };
    }

    /// <summary>The TIMEX code of a part of the day, as Microsoft.Recognizers.Text writes it.</summary>
    public static string Timex(DayPeriod period) => period switch
    {
        DayPeriod.EarlyMorning => "TDA",
        DayPeriod.Morning => "TMO",
        DayPeriod.Noon => "TMI",
        DayPeriod.Afternoon => "TAF",
        DayPeriod.Evening => "TEV",
        DayPeriod.Night or DayPeriod.Midnight => "TNI",
        DayPeriod.Daytime => "TDT",
        _ => string.Empty,
    };

    /// <summary>Start and end hours of a part of the day (Microsoft's conventions where it has them).</summary>
    public static (int Start, int End) Hours(DayPeriod period) => period switch
    {
        DayPeriod.EarlyMorning => (4, 8),
        DayPeriod.Morning => (8, 12),
        DayPeriod.Noon => (11, 13),
        DayPeriod.Afternoon => (12, 16),
        DayPeriod.Evening => (16, 20),
        DayPeriod.Night or DayPeriod.Midnight => (20, 24),
        DayPeriod.Daytime => (8, 18),
        _ => (0, 24),
    };
}
