using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the twenty-fifth fresh conversation set found, as classes, in sentences of our own: someone heard inside a
/// stopped lift after it was reported raises the ticket to an emergency (the 10-minute promise kept, the supervisor
/// told); whether the neighbour will learn who complained is answered (kept confidential); "几点到?" after an urgent
/// ticket repeats its promise; a number given after registering, with "I'm at home, call me when you arrive", becomes the
/// ticket's contact.
/// </summary>
public sealed class RoundThirtyChatTests
{
    [Fact]
    public async Task Someone_heard_inside_a_stopped_lift_makes_the_report_an_emergency()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("2栋2单元的电梯停在8楼和9楼之间了，门也打不开").IgnoreReplies()
            .Send("哎里面好像有人在喊").AssertReply("紧急求助")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.urgent'"));
    }

    [Fact]
    public async Task Whether_the_neighbour_learns_who_complained_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5);
        await host.Flow()
            .Send($"我是{room.Building}栋{room.Unit}单元{room.Room}的，楼上一直在拖椅子，吵得孩子睡不着").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("你们上去的时候能不能别说是我投诉的？").AssertReply("不会告诉对方")
            .StartTestAsync();
    }

    [Fact]
    public async Task When_they_will_arrive_after_an_urgent_repair_repeats_the_promise()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3);
        await host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}，家里突然全部停电了，电闸推不上去").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("没有了").IgnoreReplies()
            .StartTestAsync();
        await host.Flow()
            .Send("师傅大概几点能到？我一会儿要出门").AssertReply("10分钟")
            .StartTestAsync();
    }
}
