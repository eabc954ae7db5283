namespace ConciergeBot.Dialogs.Root;

/// <summary>The estate's local time (Asia/Shanghai, UTC+8, no daylight saving).</summary>
public static class ShanghaiTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
