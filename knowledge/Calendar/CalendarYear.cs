namespace ConciergeBot.Knowledge.Calendar;

/// <summary>One year of the national calendar as published: the shape of <c>Data/calendar/YYYY.json</c>.</summary>
public sealed record CalendarYear(
    int Year,
    string Source,
    IReadOnlyList<HolidayRange> Holidays,
    IReadOnlyList<MakeUpWorkday> MakeUpWorkdays);
