using System.Reflection;
using System.Text.Json;

namespace ConciergeBot.Knowledge.Calendar;

/// <summary>
/// Reads the per-year calendar files (<c>knowledge/Data/calendar/YYYY.json</c>, embedded in this assembly)
/// and checks them: a wrong file would silently move every working-day deadline.
/// </summary>
public static class CalendarData
{
    private const string ResourcePrefix = "ConciergeBot.Knowledge.Data.calendar.";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every year shipped with the service.</summary>
    public static IReadOnlyList<CalendarYear> LoadShipped()
    {
        var assembly = typeof(CalendarData).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Load(assembly, name))];
    }

    public static CalendarYear Parse(Stream json, string origin)
    {
        var year = JsonSerializer.Deserialize<CalendarYear>(json, Json)
            ?? throw new InvalidDataException($"{origin}: empty calendar file");
        Validate(year, origin);
        return year;
    }

    private static CalendarYear Load(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"missing resource {name}");
        return Parse(stream, name);
    }

    private static void Validate(CalendarYear year, string origin)
    {
        if (year.Holidays is null || year.MakeUpWorkdays is null)
        {
            throw new InvalidDataException($"{origin}: holidays and makeUpWorkdays are required");
        }

        var off = new HashSet<DateOnly>();
        foreach (var holiday in year.Holidays)
        {
            if (holiday.From > holiday.To || holiday.From.Year != year.Year || holiday.To.Year != year.Year)
            {
                throw new InvalidDataException($"{origin}: holiday {holiday.Name} {holiday.From}..{holiday.To} is not a range inside {year.Year}");
            }

            for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
            {
                off.Add(day);
            }
        }

        foreach (var makeUp in year.MakeUpWorkdays)
        {
            if (makeUp.Date.Year != year.Year || off.Contains(makeUp.Date) || !IsWeekend(makeUp.Date))
            {
                throw new InvalidDataException($"{origin}: make-up day {makeUp.Date} must be a weekend day of {year.Year} that is not a holiday");
            }
        }
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
