using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Times counted from now: 5天前, 2小时后, 10分钟之前. Owners' dialogs get the duration itself.</summary>
internal static class RelativeTimes
{
    private static readonly (string Word, int Sign)[] Suffixes =
    [
        ("以前", -1), ("之前", -1), ("以后", 1), ("之后", 1), ("前", -1), ("后", 1),
    ];

    public static DateTimeMatch? After(string text, DateTimeMatch duration, DateTime reference)
    {
        var value = duration.Duration!;
        foreach (var (word, sign) in Suffixes)
        {
            if (string.CompareOrdinal(text, duration.End, word, 0, word.Length) != 0)
            {
                continue;
            }

            var end = duration.End + word.Length;
            if (word.Length == 1 && end < text.Length && text[end] is '天' or '面' or '边' or '门' or '台' or '排' or '者' or '来')
            {
                return null; // 两天前天, 三年后面
            }

            var target = Shift(reference, value, sign);
            var dayOrMore = value.Hours == 0 && value.Minutes == 0 && value.Seconds == 0;
            var date = DateOnly.FromDateTime(target);
            return dayOrMore
                ? new DateTimeMatch(DateTimeKind.Date, duration.Start, end, DateMath.Date(date),
                    Resolution.Point(date.ToDateTime(TimeOnly.MinValue)), Resolution.Point(date.ToDateTime(TimeOnly.MinValue)))
                {
                    Parts = [duration],
                    Duration = value,
                }
                : new DateTimeMatch(DateTimeKind.DateTime, duration.Start, end, DateMath.Date(date),
                    Resolution.Point(target), Resolution.Point(target))
                {
                    Parts = [duration],
                    Duration = value,
                };
        }

        return null;
    }

    /// <summary>Moves <paramref name="reference"/> by a duration, calendar units first.</summary>
    public static DateTime Shift(DateTime reference, DurationValue d, int sign)
    {
        var t = reference;
        var years = (int)Math.Floor(d.Years);
        var months = (int)Math.Floor(d.Months) + (int)Math.Round((d.Years - years) * 12);
        t = t.AddYears(sign * years).AddMonths(sign * months);
        var days = (d.Weeks * 7) + d.Days + ((d.Months - Math.Floor(d.Months)) * 30);
        var seconds = (days * 86400) + (d.Hours * 3600) + (d.Minutes * 60) + d.Seconds;
        return t.AddSeconds(sign * seconds);
    }

    public static string Format(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
