using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Tests.Knowledge.Calendar;

public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Shipped();

    private static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    [Theory]
    [InlineData("2026-01-01", false)] // 元旦
    [InlineData("2026-01-04", true)]  // Sunday make-up day
    [InlineData("2026-02-14", true)]  // Saturday make-up day
    [InlineData("2026-02-16", false)] // Monday inside 春节
    [InlineData("2026-02-28", true)]
    [InlineData("2026-05-09", true)]
    [InlineData("2026-06-19", false)] // Friday, 端午节
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-05", false)] // Monday inside 国庆节
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)] // an ordinary Sunday
    [InlineData("2026-11-23", true)]  // an ordinary Monday
    public void Knows_2026_holidays_and_make_up_days(string date, bool working) =>
        Assert.Equal(working, _calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void Three_working_days_from_the_eve_of_National_Day_end_on_the_make_up_Saturday()
    {
        var due = _calendar.AddWorkingDays(Beijing(2026, 9, 30, 16), 3);

        Assert.Equal(Beijing(2026, 10, 10, 18), due.Due);
        Assert.False(due.Provisional);
    }

    [Fact]
    public void One_working_day_from_a_Friday_before_Spring_Festival_is_the_make_up_Saturday()
    {
        var due = _calendar.AddWorkingDays(Beijing(2026, 2, 13, 17), 1);

        Assert.Equal(Beijing(2026, 2, 14, 18), due.Due);
    }

    [Fact]
    public void Seven_working_days_skip_the_whole_Spring_Festival()
    {
        // 02-14 Sat (make-up) is 1; 02-15..23 off; 02-24 Tue .. 02-27 Fri are 2..5; 02-28 Sat make-up is 6; 03-02 Mon is 7.
        var due = _calendar.AddWorkingDays(Beijing(2026, 2, 13, 9), 7);

        Assert.Equal(Beijing(2026, 3, 2, 18), due.Due);
    }

    [Fact]
    public void A_report_late_at_night_counts_from_the_next_day_in_Beijing_not_in_UTC()
    {
        // 2026-11-23 23:30 in Beijing is still the 23rd there but 15:30 UTC.
        var due = _calendar.AddWorkingDays(Beijing(2026, 11, 23, 23, 30), 1);

        Assert.Equal(Beijing(2026, 11, 24, 18), due.Due);
    }

    [Fact]
    public void Zero_working_days_means_close_of_business_of_the_next_working_day_on_or_after_the_report()
    {
        Assert.Equal(Beijing(2026, 10, 8, 18), _calendar.AddWorkingDays(Beijing(2026, 10, 3, 10), 0).Due);
        Assert.Equal(Beijing(2026, 11, 23, 18), _calendar.AddWorkingDays(Beijing(2026, 11, 23, 10), 0).Due);
    }

    [Fact]
    public void A_year_without_data_uses_weekends_only_and_is_flagged_provisional()
    {
        Assert.False(_calendar.HasDataFor(2031));
        var due = _calendar.AddWorkingDays(Beijing(2031, 1, 3, 10), 1); // Friday → Monday

        Assert.Equal(Beijing(2031, 1, 6, 18), due.Due);
        Assert.True(due.Provisional);
        Assert.True(_calendar.IsProvisional(new DateOnly(2031, 1, 1)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2031, 1, 1)));
    }

    [Fact]
    public void A_deadline_crossing_into_a_year_without_data_is_provisional()
    {
        var due = _calendar.AddWorkingDays(Beijing(2026, 12, 30, 10), 3);

        Assert.True(due.Provisional);
        Assert.Equal(Beijing(2027, 1, 4, 18), due.Due);
    }

    [Fact]
    public void Administrator_overrides_win_over_data_and_weekends()
    {
        var calendar = WorkingDayCalendar.Shipped();
        calendar.SetOverride(new CalendarOverride(new DateOnly(2026, 11, 23), false, "typhoon closure"));
        calendar.SetOverride(new CalendarOverride(new DateOnly(2026, 10, 7), true, "estate works on the last holiday"));

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 23)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 7)));
        Assert.Equal(Beijing(2026, 11, 24, 18), calendar.AddWorkingDays(Beijing(2026, 11, 20, 10), 1).Due);

        Assert.True(calendar.RemoveOverride(new DateOnly(2026, 11, 23)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 23)));
        Assert.Single(calendar.Overrides);
    }

    [Fact]
    public void Close_of_business_is_configurable()
    {
        var calendar = WorkingDayCalendar.Shipped(new WorkingHours(new TimeOnly(17, 30), new TimeOnly(9, 0)));

        Assert.Equal(Beijing(2026, 10, 10, 17, 30), calendar.AddWorkingDays(Beijing(2026, 9, 30, 16), 3).Due);
    }

    [Fact]
    public void Working_days_between_counts_days_after_the_start()
    {
        Assert.Equal(3, _calendar.WorkingDaysBetween(Beijing(2026, 9, 30, 16), Beijing(2026, 10, 10, 9)));
    }

    [Fact]
    public void Calendar_files_that_contradict_themselves_are_refused()
    {
        const string json = """{"year":2026,"source":"x","holidays":[{"name":"a","from":"2026-01-01","to":"2026-01-03"}],"makeUpWorkdays":[{"date":"2026-01-05","for":"a"}]}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Throws<InvalidDataException>(() => CalendarData.Parse(stream, "test"));
    }
}
