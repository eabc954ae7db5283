using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A visit booked for the early morning moved by a clock written with a colon ("make the pick-up 5:30 instead of 6",
/// "改成5:30吧") stays in the morning: the colon is no part of the day, the time agreed decides which half it is.
/// </summary>
public sealed class RoundNinetyFourChatTests
{
    private const long HalfAnHour = 30 * 60 * 1000;

    [Theory]
    [InlineData("Sorry, one change - the airline moved our flight. Can you make the pick-up 5:30 instead of 6?")]
    [InlineData("不好意思改一下，改成5:30吧")]
    public async Task An_early_visit_moved_by_a_colon_clock_stays_in_the_morning(string moved)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的，明天早上6点帮我叫一辆出租车去机场，在南门上车").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send(moved).AssertReply("05:30")
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {host.TomorrowAt(5) + HalfAnHour}"));
    }

    [Fact]
    public async Task An_afternoon_visit_moved_by_a_colon_clock_stays_in_the_afternoon()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的，卫生间的水龙头一直滴水，麻烦明天下午4点派师傅来修").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("改成5:30吧").AssertReply("17:30")
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {host.TomorrowAt(17) + HalfAnHour}"));
    }
}
