using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ConciergeBot.Knowledge.Calendar;

/// <summary>
/// The Chinese national working-day calendar: Monday–Friday, minus statutory holidays, plus the announced
/// make-up days (调休补班), with administrator overrides on top. Quartz calendars can only exclude time, so
/// deadline arithmetic in working days lives here. A year without data falls back to weekends only and
/// every answer that depends on it is flagged provisional.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<DateOnly, bool> _published;
    private readonly FrozenSet<int> _years;
    private ImmutableDictionary<DateOnly, CalendarOverride> _overrides = ImmutableDictionary<DateOnly, CalendarOverride>.Empty;

    public WorkingDayCalendar(IEnumerable<CalendarYear> years, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        var published = new Dictionary<DateOnly, bool>();
        var known = new HashSet<int>();
        foreach (var year in years)
        {
            if (!known.Add(year.Year))
            {
                throw new ArgumentException($"calendar year {year.Year} given twice", nameof(years));
            }

            foreach (var holiday in year.Holidays)
            {
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                {
                    published[day] = false;
                }
            }

            foreach (var makeUp in year.MakeUpWorkdays)
            {
                published[makeUp.Date] = true;
            }
        }

        _published = published.ToFrozenDictionary();
        _years = known.ToFrozenSet();
        Hours = hours ?? WorkingHours.Default;
    }

    /// <summary>The calendar with the years shipped in <c>Data/calendar</c>.</summary>
    public static WorkingDayCalendar Shipped(WorkingHours? hours = null) => new(CalendarData.LoadShipped(), hours);

    public WorkingHours Hours { get; }

    public IReadOnlyCollection<CalendarOverride> Overrides => _overrides.Values.OrderBy(o => o.Date).ToList();

    /// <summary>Whether published data exists for the year of <paramref name="date"/>.</summary>
    public bool HasDataFor(int year) => _years.Contains(year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_overrides.TryGetValue(date, out var correction))
        {
            return correction.IsWorkingDay;
        }

        return _published.TryGetValue(date, out var working) ? working : !CalendarData.IsWeekend(date);
    }

    /// <summary>True when the answer for this date rests on the weekend rule alone (no data, no override).</summary>
    public bool IsProvisional(DateOnly date) => !_years.Contains(date.Year) && !_overrides.ContainsKey(date);

    /// <summary>
    /// Close of business on the <paramref name="days"/>-th working day after the day of <paramref name="reported"/>
    /// (the report day itself never counts). Zero days means close of business on the first working day
    /// on or after the report day.
    /// </summary>
    public WorkingDayDeadline AddWorkingDays(DateTimeOffset reported, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = ChinaTime.DateOf(reported);
        var provisional = false;
        if (days == 0)
        {
            while (!IsWorkingDay(date))
            {
                provisional |= IsProvisional(date);
                date = date.AddDays(1);
            }

            return new(CloseOfBusiness(date), provisional | IsProvisional(date));
        }

        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            provisional |= IsProvisional(date);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return new(CloseOfBusiness(date), provisional);
    }

    /// <summary>The number of working days strictly after <paramref name="from"/>'s date up to and including <paramref name="to"/>'s date.</summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var count = 0;
        for (var day = ChinaTime.DateOf(from).AddDays(1); day <= ChinaTime.DateOf(to); day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    public DateTimeOffset CloseOfBusiness(DateOnly date) => ChinaTime.At(date, Hours.CloseOfBusiness);

    /// <summary>The morning reminder time on the day a working-day deadline falls due.</summary>
    public DateTimeOffset MorningOf(DateOnly date) => ChinaTime.At(date, Hours.MorningReminder);

    public void SetOverride(CalendarOverride correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ImmutableInterlocked.AddOrUpdate(ref _overrides, correction.Date, correction, (_, _) => correction);
    }

    public bool RemoveOverride(DateOnly date) => ImmutableInterlocked.TryRemove(ref _overrides, date, out _);
}
