using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the thirty-third fresh conversation set found, as classes, in sentences of our own (clock: Sunday 2026-11-22
/// 10:00, Asia/Shanghai): an urgent ticket called off while the bot asks what to add ("不用麻烦你们了" once someone else
/// dealt with it); one of two numbers given earlier picked by a part of it after the ticket is open ("还是打159那个吧");
/// a new number said with "换成" after the request ended; a complaint about a charge hears the fee rule first and is
/// withdrawn when the owner says they will pay.
/// </summary>
public sealed class RoundThirtyEightChatTests
{
    [Fact]
    public async Task An_urgent_ticket_is_called_off_when_asked_what_to_add_and_someone_else_dealt_with_it()
    {
        await using var host = await BotTestHost.StartAsync();
        await BurstPipeOpened(host)
            .Send("刚刚保安大哥路过已经把总阀关上了，不用麻烦你们了").AssertReply("取消")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state = 'Cancelled'"));
    }

    [Fact]
    public async Task A_bare_no_when_asked_what_to_add_keeps_the_urgent_ticket()
    {
        await using var host = await BotTestHost.StartAsync();
        await BurstPipeOpened(host)
            .Send("没有了").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task One_of_two_numbers_given_before_is_picked_by_its_first_digits_after_the_ticket_is_open()
    {
        await using var host = await BotTestHost.StartAsync();
        await BulbChangeWithTwoNumbers(host, "15987654321")
            .Send("哦对了，还是打159那个吧，138那个是我爸的，他耳背").AssertReply("15987654321")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE contact = '15987654321'"));
    }

    [Fact]
    public async Task A_part_that_fits_both_numbers_changes_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await BulbChangeWithTwoNumbers(host, "13887654321")
            .Send("还是打138那个吧").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE contact = '13887654321'"));
    }

    [Fact]
    public async Task A_new_number_said_with_huan_cheng_after_the_request_ended_reaches_the_ticket()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send($"阳台晾衣架摇不下来了，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("后天上午10点，电话13711112222").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("没有了，谢谢").IgnoreReplies()
            .Send("哦还有，电话换成13633334444").AssertReply("13633334444")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE contact = '13633334444'"));
    }

    [Fact]
    public async Task A_disputed_charge_hears_its_rule_and_is_withdrawn_when_the_owner_will_pay()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(1, unit: 1);
        await host.Flow()
            .Send("你们乱收费吧，物业费账单上怎么多出一笔滞纳金，太过分了").AssertReply("依据", "滞纳金")
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("哦上个月是忘了。好吧，那我今天就去交。可以用支付宝交吗").AssertReply("不登记投诉").AssertReply("支付宝")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_disputed_charge_the_owner_still_rejects_is_registered()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(1, unit: 1);
        await host.Flow()
            .Send("你们乱收费吧，物业费账单上怎么多出一笔滞纳金，太过分了").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对，我不交，你们查清楚再说").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.other'"));
    }

    /// <summary>An urgent public repair opened at once, the owner bound and asked what to add.</summary>
    private static TestFlow BurstPipeOpened(BotTestHost host)
    {
        var (room, lastFour) = host.OccupiedFlat(4, unit: 1);
        return host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元一楼大堂的水管爆了，水哗哗往外冒").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies();
    }

    /// <summary>A bulb change registered with two numbers to call, 13812345678 and <paramref name="second"/>.</summary>
    private static TestFlow BulbChangeWithTwoNumbers(BotTestHost host, string second)
    {
        var (room, lastFour) = host.OccupiedFlat(2, unit: 2);
        return host.Flow()
            .Send($"卫生间的灯不亮了，换个灯泡，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send($"明天下午都在家，来之前打电话，13812345678或者{second}都行").IgnoreReplies()
            .Send("对").IgnoreReplies();
    }
}
