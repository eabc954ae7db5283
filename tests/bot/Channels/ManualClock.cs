namespace ConciergeBot.Tests.Bot.Channels;

/// <summary>A TimeProvider the test moves by hand (Microsoft.Extensions.TimeProvider.Testing is not available here).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public ManualClock() : this(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)))
    {
    }

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => _now += by;
}
