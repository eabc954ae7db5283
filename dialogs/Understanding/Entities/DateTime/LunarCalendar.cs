using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Lunar (农历) dates to Gregorian days, through .NET's <see cref="ChineseLunisolarCalendar"/>.</summary>
internal static class LunarCalendar
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>The Gregorian day of lunar <paramref name="month"/>/<paramref name="day"/> of lunar year <paramref name="year"/>.</summary>
    public static DateOnly? ToGregorian(int year, int month, int day)
    {
        if (year < 1902 || year > 2099 || month is < 1 or > 12 || day is < 1 or > 30)
        {
            return null;
        }

        var leap = Calendar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        var days = Calendar.GetDaysInMonth(year, index);
        var dt = Calendar.ToDateTime(year, index, Math.Min(day, days), 0, 0, 0, 0);
        return DateOnly.FromDateTime(dt);
    }

    /// <summary>The next Gregorian day (today included) that is lunar <paramref name="month"/>/<paramref name="day"/>.</summary>
    public static DateOnly? NextGregorian(DateOnly today, int month, int day)
    {
        for (var y = today.Year - 1; y <= today.Year + 1; y++)
        {
            if (ToGregorian(y, month, day) is { } d && d >= today)
            {
                return d;
            }
        }

        return null;
    }
}
