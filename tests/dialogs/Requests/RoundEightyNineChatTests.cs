using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the eighty-second conversation set left failing, as a class, in sentences of our own: a shared part of the
/// writer's own unit ("我们单元楼下的门禁", "我们这个单元的大堂") reported by a known owner is in that owner's building and unit.
/// </summary>
public sealed class RoundEightyNineChatTests
{
    [Theory]
    [InlineData("另外顺便报一下，我们单元楼下的单元门关不上了，一直开着", "楼下单元门")]
    [InlineData("另外顺便报一下，我们这个单元的信报箱锁坏了好几个", "信报箱")]
    public async Task A_shared_part_of_the_owners_own_unit_is_placed_in_that_unit(string report, string part)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的，厨房灯不亮了").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("明天下午三点").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send(report).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent LIKE 'public.%' AND location = '{room.Building}栋{room.Unit}单元{part}'"));
    }
}
