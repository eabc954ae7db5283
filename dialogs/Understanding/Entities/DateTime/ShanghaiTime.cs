namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Asia/Shanghai local time (fixed +08:00 when the zone database is missing; China has no DST).</summary>
internal static class ShanghaiTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
