using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Reads a day, part of the day and clock time that belong together: 下周三上午, 明天下午三点, 晚上8点, 15:30.</summary>
internal static class PointReader
{
    private static readonly string[] ApproxPrefixes = ["大约", "大概", "差不多", "约"];

    public static bool TryRead(string text, int pos, DateOnly today, TemporalPoint? inherit, out TemporalPoint point)
    {
        point = default;
        var j = pos;
        foreach (var p in ApproxPrefixes)
        {
            if (TextAt.Is(text, pos, p))
            {
                j = pos + p.Length;
                break;
            }
        }

        DatePhrase? date = null;
        if (DateParser.TryRead(text, j, today, out var d) && d is not null)
        {
            date = d;
            j = d.End;
        }

        var dayLike = date is null || date.Granularity == DateGranularity.Day;
        var period = DayPeriod.None;
        var periodWritten = false;
        if (dayLike)
        {
            var k = SkipSpace(text, j, date is not null);
            if (DayPeriods.TryRead(text, k, out var p, out var len))
            {
                period = p;
                periodWritten = true;
                j = k + len;
            }
        }

        if (!periodWritten && date is not null)
        {
            period = date.ImpliedPeriod;
        }

        ClockPhrase? clock = null;
        if (dayLike)
        {
            var hasContext = date is not null || periodWritten || inherit is { HasClock: true };
            var k = SkipSpace(text, j, date is not null || periodWritten);
            if (ClockParser.TryRead(text, k, hasContext, out var c) || TryBareHourBeforeRange(text, k, out c))
            {
                clock = c;
                j = c.End;
            }
            else if (!periodWritten && k < text.Length && DayPeriods.Single(text[k]) is var single && single != DayPeriod.None &&
                     ClockParser.TryRead(text, k + 1, false, out c))
            {
                period = single;
                periodWritten = true;
                clock = c;
                j = c.End;
            }
        }

        if (date is null && !periodWritten && clock is null)
        {
            return false;
        }

        if (clock is not null && TextAt.Is(text, j, "左右"))
        {
            j += 2;
        }

        if (date is null && inherit is { Date: { } inherited } && (clock is not null || periodWritten))
        {
            point = new TemporalPoint(pos, j, inherited, period, periodWritten, clock) { DateInherited = true };
            return true;
        }

        point = new TemporalPoint(pos, j, date, period, periodWritten, clock);
        return true;
    }

    private static int SkipSpace(string text, int j, bool allowed) =>
        allowed && j < text.Length && text[j] == ' ' ? j + 1 : j;

    /// <summary>下午2-4点, 早上五到六点, 10-12点: the first hour of a range is written without 点.</summary>
    private static bool TryBareHourBeforeRange(string text, int pos, out ClockPhrase clock)
    {
        clock = default;
        if (pos >= text.Length || !ChineseNumerals.IsNumeralChar(text[pos]) || text[pos] is '万' or '百' or '千')
        {
            return false;
        }

        if (pos > 0 && (char.IsAsciiDigit(text[pos - 1]) || ChineseNumerals.IsChineseNumeralChar(text[pos - 1]) || text[pos - 1] is '.' or '-'))
        {
            return false;
        }

        if (!ChineseNumerals.TryRead(text, pos, out var hour, out var len, out var style) || hour > 24 ||
            style == NumeralStyle.ChineseDigits)
        {
            return false;
        }

        var i = pos + len;
        if (i >= text.Length || !RangeSeparators.IsSeparator(text, i, out var sepLength))
        {
            return false;
        }

        if (!ClockParser.TryRead(text, i + sepLength, true, out _))
        {
            return false;
        }

        clock = new ClockPhrase(pos, i, hour, 0, 0, false, false, 0);
        return true;
    }
}
