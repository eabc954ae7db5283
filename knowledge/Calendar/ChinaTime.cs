namespace ConciergeBot.Knowledge.Calendar;

/// <summary>
/// Local time of the estate: Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a fixed
/// offset is exact for every instant the service handles and needs no time-zone database.
/// Instants are stored as UTC <see cref="DateTimeOffset"/>; calendar dates as <see cref="DateOnly"/>.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The instant expressed in Beijing time (offset +08:00).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The Beijing wall-clock date and time of an instant (for calendar arithmetic on local dates).</summary>
    public static DateTime LocalDateTime(DateTimeOffset instant) => ToLocal(instant).DateTime;

    /// <summary>The estate's time zone for APIs that want one (a fixed +08:00 zone: no database needed, no DST).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", Offset, "China Standard Time", "China Standard Time");

    /// <summary>The Beijing calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The UTC instant of a Beijing wall-clock time on a date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new DateTimeOffset(date.ToDateTime(time), Offset).ToUniversalTime();
}
