using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the twenty-seventh fresh conversation set found, as classes, in sentences of our own: "发错了，不是说你们" after
/// a message meant for someone else calls it off (at the one-tap question too) and opens nothing; the household
/// complained about, put right after the complaint was registered, moves the ticket to that flat.
/// </summary>
public sealed class RoundThirtyTwoChatTests
{
    [Fact]
    public async Task A_message_sent_to_the_wrong_chat_opens_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("妈你明天记得带钥匙 还有卫生间水龙头一直在滴你让物业来看看 我晚上回来吃饭").IgnoreReplies()
            .Send("发错了，不是跟你们说的").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task The_household_put_right_after_registering_moves_the_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 1);
        var floor = int.Parse(room.Room, System.Globalization.CultureInfo.InvariantCulture) / 100;
        var above = $"{floor + 1}01";
        var diagonal = $"{floor + 1}02";
        await host.Flow()
            .Send($"投诉一下，楼上{above}家的音响半夜一直开着，吵得睡不着").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}，{lastFour}").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send($"不好意思，是斜上面{diagonal}家的，不是{above}，麻烦改一下").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND room = '{diagonal}'"));
    }

    [Fact]
    public async Task Two_floors_up_is_the_flat_two_floors_above_the_owners()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 2);
        var number = int.Parse(room.Room, System.Globalization.CultureInfo.InvariantCulture);
        await host.Flow()
            .Send($"我是{room.Building}栋{room.Unit}单元{room.Room}的，楼上的楼上半夜一直在跳绳，吵得睡不着").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND room = '{number + 200}'"));
    }
}
