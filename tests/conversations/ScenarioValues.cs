using System.Globalization;
using System.Text.RegularExpressions;

namespace ConciergeBot.Tests.Conversations;

/// <summary>"+1d 10:00": N days after the clock's local date, at that local time.</summary>
internal static partial class RelativeAppointment
{
    public static bool TryParse(string text, out int days, out TimeOnly time)
    {
        var match = Pattern().Match(text);
        days = 0;
        time = default;
        if (!match.Success || !TimeOnly.TryParseExact(match.Groups["time"].Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return false;
        }

        days = int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The instant <paramref name="text"/> names, counted from <paramref name="now"/>'s date in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Resolve(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!TryParse(text, out var days, out var time))
        {
            throw new FormatException($"\"{text}\" is not \"+Nd HH:mm\"");
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var at = DateOnly.FromDateTime(local.DateTime).AddDays(days).ToDateTime(time);
        return new DateTimeOffset(at, zone.GetUtcOffset(at));
    }

    /// <summary>An instant as the scenarios write it, relative to <paramref name="now"/>: "+1d 10:00".</summary>
    public static string Describe(DateTimeOffset instant, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var days = DateOnly.FromDateTime(local.DateTime).DayNumber - today.DayNumber;
        return string.Create(CultureInfo.InvariantCulture, $"{(days < 0 ? "-" : "+")}{Math.Abs(days)}d {local:HH:mm}");
    }

    [GeneratedRegex(@"^\+(?<days>\d{1,3})d\s+(?<time>\d{1,2}:\d{2})$")]
    private static partial Regex Pattern();
}

/// <summary>A flat as the scenarios write it: building-unit-room ("3-2-1202"), "5--1801" without a unit, "S105" for a shop.</summary>
internal static partial class FlatKey
{
    public static bool IsWellFormed(string key) => Pattern().IsMatch(key);

    public static string? Of(long? building, long? unit, string? room) => (building, unit, room) switch
    {
        (0, _, { } shop) => shop,
        ({ } b, var u, { } r) => string.Create(CultureInfo.InvariantCulture, $"{b}-{u}-{r}"),
        _ => null,
    };

    [GeneratedRegex(@"^(\d{1,2}-\d{0,2}-\d{3,4}|[Ss]\d{3})$")]
    private static partial Regex Pattern();
}
