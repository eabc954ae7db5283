using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// An English address told room first ("flat 904 in Building 1, Unit 2") files the ticket at that flat; a read-back asked
/// for ("把单子登记的内容念一遍") is answered from the ticket; a request called off and asked for again together with its
/// price opens and answers the price; who collects a household's electricity bill is answered from the handbook.
/// </summary>
public sealed class RoundNinetySixChatTests
{
    [Fact]
    public async Task An_english_address_told_room_first_files_at_that_flat()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 2);
        await host.Flow()
            .Send($"Hello, I rent flat {room.Room} in Building {room.Building}, Unit {room.Unit}. The kitchen tap is dripping, can someone fix it tomorrow at 10am?").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("yes").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE building = {room.Building} AND unit = {room.Unit} AND room = '{room.Room}'"));
    }

    [Fact]
    public async Task A_read_back_is_answered_from_the_ticket()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName} 厨房水管爆了 水喷得到处都是").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("没有了").IgnoreReplies()
            .Send("你把刚才登记的内容给我念一遍").AssertReply(reply => Assert.Contains("水管爆了", reply.Text))
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_request_called_off_then_asked_for_again_with_its_price_opens_and_answers_the_price()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(8, unit: 1);
        await host.Flow()
            .Send($"我是{room.DisplayName}的，客厅灯泡坏了，想找师傅来换一下").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("尽快").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("算了不用了，我自己换").IgnoreReplies()
            .Send("哎还是你们来吧，梯子不够高，换一个多少钱？").AssertReply("恢复").AssertReply(reply => Assert.Contains("10元", reply.Text))
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.simple' AND state <> 'Cancelled'"));
    }

    [Fact]
    public async Task Who_collects_the_household_electricity_bill_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("家里的电费是交给你们物业还是交给供电局？").AssertReply(reply => Assert.Contains("供电", reply.Text))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
