using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the thirty-third fresh conversation set found, as a class, in sentences of our own (clock: Sunday 2026-11-22
/// 10:00, Asia/Shanghai): an hour said with no part of the day, moving a time agreed in the morning ("改成6点半吧" for a
/// 07:00 taxi), stays in the morning — the recognizer's "next 6:30", this evening, is not what was meant.
/// </summary>
public sealed class RoundThirtySevenChatTests
{
    [Fact]
    public async Task An_early_booking_moved_to_a_bare_hour_stays_in_the_morning()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 2);
        await host.Flow()
            .Send($"帮我约个车明天早上7点去高铁站，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("不好意思，改成6点半吧").AssertReply("06:30")
            .StartTestAsync();
        var at = new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND appointment_at = {at}"));
    }
}
