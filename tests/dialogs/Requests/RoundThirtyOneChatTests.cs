using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the twenty-sixth fresh conversation set found, as classes, in sentences of our own: an English "what if" that
/// opens with a greeting ("Hi, quick question - if I ever…") opens nothing and is answered from the safety notes; "周末几点
/// 可以搬" after a moving question gets the moving hours, not the renovation hours; "多久能给我确认" after a concierge
/// visit was moved gets the promise to confirm, not the visit time; a public problem told after "我是9栋1单元502的" is placed
/// where it is, not at the writer's flat.
/// </summary>
public sealed class RoundThirtyOneChatTests
{
    [Fact]
    public async Task An_English_what_if_after_a_greeting_opens_nothing_and_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Hello, just wondering - if I ever got stuck in the elevator at night, what do I do?").AssertReply("警铃")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Moving_hours_asked_next_are_the_moving_hours()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我家租客下周要搬走，搬家要办什么手续").AssertReply("放行条")
            .Send("那周末几点到几点可以搬").AssertReply("20:00")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task When_a_moved_booking_will_be_confirmed_is_the_promise_to_confirm()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2);
        await host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}，想约保洁阿姨明天上午9点来做个大扫除").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .Send("改到明天下午3点吧").AssertReply("15:00")
            .Send("那大概多久能给我确认").AssertReply("30分钟")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_public_problem_told_after_the_writers_flat_is_placed_where_it_is()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(8);
        await host.Flow()
            .Send($"我是{room.Building}栋{room.Unit}单元{room.Room}的，北门进来左手边那个井盖没了，就剩个黑洞").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.urgent' AND location LIKE '北门%'"));
    }

    [Fact]
    public async Task The_hours_for_moving_asked_in_English_are_the_moving_hours()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Hi, what hours is my tenant allowed to move out on the weekend?").AssertReply("20:00")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
