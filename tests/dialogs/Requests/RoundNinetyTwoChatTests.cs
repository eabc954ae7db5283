using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// Two tickets in one conversation: "算了，门把手那个不用来了" calls off the ticket whose matter it names, not the latest one,
/// whether the second request is still open or has ended; "师傅明天几点到" asks after the one visited tomorrow.
/// </summary>
public sealed class RoundNinetyTwoChatTests
{
    [Theory]
    [InlineData("算了，门把手那个我老公自己修好了，不用来了", false)]
    [InlineData("算了，门把手那个我老公自己修好了，不用来了", true)]
    [InlineData("卫生间门那个取消吧，我自己拧上了", true)]
    public async Task Calling_off_the_first_of_two_tickets_by_its_matter_cancels_that_one(string callOff, bool endedFirst)
    {
        await using var host = await BotTestHost.StartAsync();
        var flow = TwoTicketsOpened(host);
        if (endedFirst)
        {
            flow = flow.Send("没有了，谢谢").IgnoreReplies();
        }

        flow = flow.Send(callOff).AssertReply("门把手");
        if (!endedFirst)
        {
            // The street lamp was still being restated: it goes on, and "对" registers it.
            flow = flow.Send("对").IgnoreReplies();
        }

        await flow.StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state = 'Cancelled' AND description LIKE '%门把手%'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled' AND description LIKE '%路灯%'"));
    }

    [Fact]
    public async Task A_call_off_that_names_nothing_still_cancels_the_latest()
    {
        await using var host = await BotTestHost.StartAsync();
        await TwoTicketsOpened(host)
            .Send("没有了，谢谢").IgnoreReplies()
            .Send("算了，刚才那个不用来了").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state = 'Cancelled' AND description LIKE '%路灯%'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled' AND description LIKE '%门把手%'"));
    }

    [Theory]
    [InlineData("门把手那个师傅明天大概几点到？")]
    [InlineData("师傅明天大概几点到啊")]
    public async Task Asking_when_the_first_of_two_tickets_is_visited_answers_from_that_ticket(string asked)
    {
        await using var host = await BotTestHost.StartAsync();
        await TwoTicketsOpened(host)
            .Send("对").IgnoreReplies()
            .Send(asked).AssertReply("10:00")
            .StartTestAsync();
    }

    private static TestFlow TwoTicketsOpened(BotTestHost host)
    {
        var (room, lastFour) = host.OccupiedFlat(6, unit: 1);
        return host.Flow()
            .Send($"我是{room.DisplayName}的，卫生间的门把手掉了，门关不上，麻烦派人来修一下").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("明天上午10点").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("还有，6栋门口那盏路灯不亮了好几天了，晚上黑乎乎的").IgnoreReplies();
    }
}
