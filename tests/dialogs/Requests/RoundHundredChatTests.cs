using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// An owner who says where before saying what is asked what is there, and the matter told next is filed at that place; a
/// danger seen on another building, placed later only by a garden or a side, stays on that building when the writer then
/// names their own flat; a sting that happened yesterday, told in a question about keeping bees, pages nobody; a leak
/// taken back after the urgent ticket opened ("没有漏水…就是管子咣咣响") lowers it to an ordinary repair, a burst pipe does not.
/// </summary>
public sealed class RoundHundredChatTests
{
    [Fact]
    public async Task A_place_said_first_is_asked_about_and_the_matter_told_next_is_filed_there()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("西门岗亭旁边那条路").AssertReply(reply => Assert.Contains("什么情况", reply.Text))
            .Send("快递柜旁边")
            .AssertReply(reply => Assert.Contains("快递柜旁边", reply.Text))
            .Send("路灯全灭了，黑乎乎的").AssertReply(reply => Assert.Contains("西门岗亭旁边那条路", reply.Text))
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE location LIKE '%西门%'"));
    }

    [Fact]
    public async Task A_fee_question_naming_a_flat_is_no_place_said_first()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("5栋2单元楼道").AssertReply(reply => Assert.Contains("什么情况", reply.Text))
            .Send("物业费怎么交").AssertReply(reply => Assert.DoesNotContain("什么情况", reply.Text))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Smoke_seen_on_another_building_stays_there_when_the_writer_names_their_flat()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send("我在阳台上看到对面6栋有户人家窗口在往外冒黑烟，一直没停").IgnoreReplies()
            .Send("具体几单元看不清，就是朝着篮球场那一面").IgnoreReplies()
            .Send($"我住{room.DisplayName}").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND location LIKE '6栋%'"));
    }

    [Fact]
    public async Task A_sting_yesterday_told_in_a_question_about_bees_pages_nobody()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("请问小区里能养蜜蜂吗？隔壁院子放了个蜂箱，前天我儿子还被蛰了一口").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task A_leak_taken_back_lowers_the_urgent_repair_to_an_ordinary_one_and_tells_staff()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 1);
        await host.Flow()
            .Send($"厨房水管好像漏水了，{room.DisplayName}，尾号{lastFour}").IgnoreReplies()
            .Send("不好意思说错了，没有漏水，地上干干的，就是开水龙头的时候管子咣咣响").AssertReply(reply =>
            {
                Assert.Contains("已改为室内维修", reply.Text);
                Assert.DoesNotContain("10分钟", reply.Text);
            })
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.general'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM ticket_clocks WHERE status = 'Cancelled'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM outbox WHERE text LIKE '%工单改类%'"));
    }

    [Fact]
    public async Task A_burst_pipe_said_instead_of_a_leak_stays_urgent()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 1);
        await host.Flow()
            .Send($"厨房水管好像漏水了，{room.DisplayName}，尾号{lastFour}").IgnoreReplies()
            .Send("不是漏水，是水管爆了，水在往外喷").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.general'"));
    }
}
