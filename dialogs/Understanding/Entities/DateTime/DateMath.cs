using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Calendar arithmetic and TIMEX formatting shared by the date/time parsers.</summary>
internal static class DateMath
{
    /// <summary>The Monday starting the week of <paramref name="day"/> (weeks start on Monday).</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>ISO day number 1 (Monday) … 7 (Sunday).</summary>
    public static int IsoDay(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static DateOnly? Create(int year, int month, int day) =>
        IsValid(year, month, day) ? new DateOnly(year, month, day) : null;

    /// <summary>A month and day without a year: the next one on or after today, and the last one before today.</summary>
    public static (DateOnly? Future, DateOnly? Past) MonthDay(DateOnly today, int month, int day)
    {
        if (month < 1 || month > 12 || day < 1 || day > 31 || (month == 2 && day > 29) || day > DaysInMonthMax(month))
        {
            return (null, null);
        }

        DateOnly? future = null;
        for (var y = today.Year; y <= today.Year + 8 && future is null; y++)
        {
            var d = Create(y, month, day);
            if (d is { } v && v >= today)
            {
                future = v;
            }
        }

        DateOnly? past = null;
        for (var y = today.Year; y >= today.Year - 8 && past is null; y--)
        {
            var d = Create(y, month, day);
            if (d is { } v && v < today)
            {
                past = v;
            }
        }

        return (future, past);
    }

    private static int DaysInMonthMax(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);

    /// <summary>A day of the month alone: this month's if still to come, else the next month that has it; and back.</summary>
    public static (DateOnly? Future, DateOnly? Past) DayOnly(DateOnly today, int day)
    {
        if (day < 1 || day > 31)
        {
            return (null, null);
        }

        DateOnly? future = null;
        var first = new DateOnly(today.Year, today.Month, 1);
        for (var k = 0; k < 12 && future is null; k++)
        {
            var m = first.AddMonths(k);
            var d = Create(m.Year, m.Month, day);
            if (d is { } v && v >= today)
            {
                future = v;
            }
        }

        DateOnly? past = null;
        for (var k = 0; k > -12 && past is null; k--)
        {
            var m = first.AddMonths(k);
            var d = Create(m.Year, m.Month, day);
            if (d is { } v && v < today)
            {
                past = v;
            }
        }

        return (future, past);
    }

    /// <summary>A weekday alone (周五): the next one on or after today, and the last one before today.</summary>
    public static (DateOnly Future, DateOnly Past) Weekday(DateOnly today, int isoDay)
    {
        var delta = (isoDay - IsoDay(today) + 7) % 7;
        var future = today.AddDays(delta);
        var past = delta == 0 ? today.AddDays(-7) : future.AddDays(-7);
        return (future, past);
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Year(year)}-{month:00}-{day:00}");

    /// <summary>A year for TIMEX: four digits, or XXXX when unknown.</summary>
    public static string Year(int year) => year <= 0 ? "XXXX" : year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>TIMEX time part: T17, T17:00, T17:55:23.</summary>
    public static string TimeTimex(int hour, int minute, int second, bool hasMinute, bool hasSecond) =>
        hasSecond
            ? string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}:{second:00}")
            : hasMinute || minute != 0
                ? string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}")
                : string.Create(CultureInfo.InvariantCulture, $"T{hour:00}");

    /// <summary>ISO week TIMEX of the week containing <paramref name="day"/>: 2017-W14.</summary>
    public static string WeekTimex(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }

    /// <summary>Expands a two-digit year: 07 → 2007, 89 → 1989.</summary>
    public static int ExpandYear(int year, int digits) => digits > 2 ? year : year < 50 ? 2000 + year : 1900 + year;
}
