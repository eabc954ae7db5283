using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Turns read points and ranges into resolved <see cref="DateTimeMatch"/>es.</summary>
internal static class MatchBuilder
{
    private static readonly DateTime TimeBase = DateTime.MinValue;

    /// <summary>The resolved hour, minute and second of a clock time said with a part of the day.</summary>
    public static (int Hour, int Minute, int Second, int DayShift) ClockTime(ClockPhrase clock, DayPeriod period)
    {
        var hour = clock.Hour;
        var shift = 0;
        if (clock.Meridiem == 2 && hour < 12)
        {
            hour += 12;
        }
        else if (clock.Meridiem == 1 && hour == 12)
        {
            hour = 0;
        }
        else
        {
            var applied = DayPeriods.Apply(period, hour);
            if ((hour is 12 or 24 && applied == 0 && period is DayPeriod.Evening or DayPeriod.Night or DayPeriod.Midnight) ||
                (hour == 24 && period == DayPeriod.None))
            {
                shift = 1; // 今晚12点 is the midnight that ends today
            }

            hour = applied;
        }

        return (hour, clock.Minute, clock.Second, shift);
    }

    public static DateTimeMatch FromPoint(TemporalPoint p, int start, int end)
    {
        if (p.Clock is { } clock)
        {
            var (h, m, s, shift) = ClockTime(clock, p.Period);
            var timePart = DateMath.TimeTimex(h, m, s, clock.HasMinute, clock.HasSecond);
            var ambiguous = p.Period == DayPeriod.None && clock.Meridiem == 0 && clock.Hour is >= 1 and <= 12;
            var time = new TimeSpan(shift, h, m, s);
            if (p.Date is { } date)
            {
                return new DateTimeMatch(
                    DateTimeKind.DateTime, start, end, date.Timex + timePart,
                    Resolution.Point(At(date.Future, time)), Resolution.Point(At(date.Past, time)))
                {
                    HalfDayAmbiguous = ambiguous,
                    IsLunar = date.IsLunar,
                    OwnerDate = date.Gregorian,
                };
            }

            var t = TimeBase.Add(new TimeSpan(h, m, s));
            return new DateTimeMatch(DateTimeKind.Time, start, end, timePart, Resolution.Point(t), Resolution.Point(t))
            {
                HalfDayAmbiguous = ambiguous,
            };
        }

        if (p.Date is { } d)
        {
            if (p.Period != DayPeriod.None)
            {
                var (hs, he) = DayPeriods.Hours(p.Period);
                return new DateTimeMatch(
                    DateTimeKind.DateTimeRange, start, end, d.Timex + DayPeriods.Timex(p.Period),
                    Resolution.Range(At(d.Future, TimeSpan.FromHours(hs)), At(d.Future, TimeSpan.FromHours(he))),
                    Resolution.Range(At(d.Past, TimeSpan.FromHours(hs)), At(d.Past, TimeSpan.FromHours(he))))
                {
                    SpecOnly = d.SpecOnly || (d.IsPartOfToday && !p.PeriodWritten),
                    OwnerDate = d.Gregorian ?? d.Future,
                    IsLunar = d.IsLunar,
                };
            }

            return FromDate(d, start, end);
        }

        var (ps, pe) = DayPeriods.Hours(p.Period);
        return new DateTimeMatch(
            DateTimeKind.TimeRange, start, end, DayPeriods.Timex(p.Period),
            Resolution.Range(TimeBase.AddHours(ps), TimeBase.AddHours(pe)), Resolution.Range(TimeBase.AddHours(ps), TimeBase.AddHours(pe)))
        {
            SpecOnly = true,
        };
    }

    public static DateTimeMatch FromDate(DatePhrase d, int start, int end)
    {
        if (d.Granularity == DateGranularity.Day)
        {
            return new DateTimeMatch(DateTimeKind.Date, start, end, d.Timex, Resolution.Point(At(d.Future)), Resolution.Point(At(d.Past)))
            {
                SpecOnly = d.SpecOnly,
                IsLunar = d.IsLunar,
                OwnerDate = d.Gregorian,
            };
        }

        return new DateTimeMatch(
            DateTimeKind.DateRange, start, end, d.Timex,
            Resolution.Range(At(d.Future), At(d.FutureEnd)), Resolution.Range(At(d.Past), At(d.PastEnd)))
        {
            SpecOnly = d.SpecOnly,
            OwnerDate = d.Granularity == DateGranularity.Weekend ? d.Gregorian ?? d.Future : null,
        };
    }

    /// <summary>A range from two points: two entities for owners, one datetimeV2 range for the specs.</summary>
    public static DateTimeMatch Range(DateTimeMatch first, DateTimeMatch second, int start, int end)
    {
        var kind = first.Kind switch
        {
            DateTimeKind.Time or DateTimeKind.TimeRange => second.Kind is DateTimeKind.DateTime ? DateTimeKind.DateTimeRange : DateTimeKind.TimeRange,
            DateTimeKind.Date or DateTimeKind.DateRange => second.Kind is DateTimeKind.DateTime ? DateTimeKind.DateTimeRange : DateTimeKind.DateRange,
            _ => DateTimeKind.DateTimeRange,
        };
        var (fs, ps) = (StartOf(first.Future), StartOf(first.Past));
        var (fe, pe) = (StartOf(second.Future), StartOf(second.Past));
        if (kind == DateTimeKind.TimeRange && fs is { } a && fe is { } b && b < a)
        {
            fe = b.AddDays(1);
            pe = fe;
        }

        if (kind == DateTimeKind.DateRange && second.Timex.StartsWith("XXXX", StringComparison.Ordinal))
        {
            // A second end without a year follows the first (2月28日-3月1日, 8月至2月).
            fe = SameYearOrNext(fs, fe);
            pe = SameYearOrNext(ps, pe);
        }

        var unit = RangeUnit(first.Timex, second.Timex);
        if (unit != 'D' && kind == DateTimeKind.DateRange && fs is { } ms && fe is { } me)
        {
            var months = ((me.Year - ms.Year) * 12) + me.Month - ms.Month;
            var count = unit == 'Y' ? months / 12 : months;
            var timexRange = string.Create(CultureInfo.InvariantCulture,
                $"({FirstDayTimex(first.Timex)},{FirstDayTimex(second.Timex)},P{count}{unit})");
            return new DateTimeMatch(kind, start, end, timexRange, Resolution.Range(fs, fe), Resolution.Range(ps, pe))
            {
                Parts = [first, second],
                SpecOnly = first.SpecOnly && second.SpecOnly,
            };
        }

        var span = kind == DateTimeKind.DateRange && ps is { } px && pe is { } py ? py - px
            : fs is { } x && fe is { } y ? y - x : TimeSpan.Zero;
        var timex = string.Create(CultureInfo.InvariantCulture, $"({first.Timex},{second.Timex},{SpanTimex(kind, span)})");
        return new DateTimeMatch(kind, start, end, timex, Resolution.Range(fs, fe), Resolution.Range(ps, pe))
        {
            Parts = [first, second],
            SpecOnly = first.SpecOnly && second.SpecOnly,
        };
    }

    private static DateTime? SameYearOrNext(DateTime? start, DateTime? end)
    {
        if (start is not { } s || end is not { } e)
        {
            return end;
        }

        var moved = e.Month == 2 && e.Day == 29 && !DateTime.IsLeapYear(s.Year) ? e : new DateTime(s.Year, e.Month, e.Day, e.Hour, e.Minute, e.Second, e.Kind);
        return moved < s ? moved.AddYears(1) : moved;
    }

    /// <summary>'M' when both ends are months (XXXX-03), 'Y' when both are years (2016), else 'D'.</summary>
    private static char RangeUnit(string a, string b) =>
        a.Length == 7 && b.Length == 7 && a[4] == '-' ? 'M' : a.Length == 4 && b.Length == 4 && char.IsAsciiDigit(a[0]) ? 'Y' : 'D';

    private static string FirstDayTimex(string timex) => timex.Length == 4 ? timex + "-01-01" : timex + "-01";

    /// <summary>
    /// An open range from a point or period with 之前/以前 (before), 或之前/及以前 (until), 之后/以后 (after),
    /// 起/开始/以来/自从 (since). Owners' dialogs still get the point itself.
    /// </summary>
    public static DateTimeMatch WithMod(DateTimeMatch core, string mod, int start, int end)
    {
        var kind = core.Kind switch
        {
            DateTimeKind.Date or DateTimeKind.DateRange => DateTimeKind.DateRange,
            DateTimeKind.Time or DateTimeKind.TimeRange => DateTimeKind.TimeRange,
            DateTimeKind.DateTime or DateTimeKind.DateTimeRange => DateTimeKind.DateTimeRange,
            _ => core.Kind,
        };
        if (kind == core.Kind && core.Kind is DateTimeKind.Duration or DateTimeKind.Set)
        {
            return core;
        }

        return new DateTimeMatch(kind, start, end, core.Timex, Open(core.Future, mod), Open(core.Past, mod))
        {
            Mod = mod,
            Parts = [core],
            SpecOnly = core.SpecOnly,
        };
    }

    private static Resolution Open(Resolution r, string mod)
    {
        var first = r.Value ?? r.Start;
        var last = r.Value ?? r.End;
        return mod switch
        {
            "before" => Resolution.Range(null, first),
            "until" => Resolution.Range(null, last),
            "after" => Resolution.Range(last, null),
            _ => Resolution.Range(first, null),
        };
    }

    private static DateTime? StartOf(Resolution r) => r.Value ?? r.Start;

    private static string SpanTimex(DateTimeKind kind, TimeSpan span)
    {
        if (kind == DateTimeKind.DateRange)
        {
            return string.Create(CultureInfo.InvariantCulture, $"P{(int)span.TotalDays}D");
        }

        var total = (long)span.TotalSeconds;
        var hours = total / 3600;
        var minutes = total % 3600 / 60;
        var seconds = total % 60;
        var sb = new System.Text.StringBuilder("PT");
        if (hours > 0)
        {
            sb.Append(hours).Append('H');
        }

        if (minutes > 0)
        {
            sb.Append(minutes).Append('M');
        }

        if (seconds > 0 || total == 0)
        {
            sb.Append(seconds).Append('S');
        }

        return sb.ToString();
    }

    public static DateTime? At(DateOnly? day, TimeSpan time = default) =>
        day is { } d ? d.ToDateTime(TimeOnly.MinValue).Add(time) : null;
}
