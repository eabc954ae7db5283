using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the sixty-second conversation set showed, as classes, in sentences of our own: an owner who answers "shall we send
/// someone now?" with a complaint instead of a yes has the complaint filed, not an urgent visit; a flat named just after a
/// fee answer is the flat the question was for; "肯定起不来" is oversleeping, not a fall; "最晚打到几点不算扰民" is the
/// quiet-hours rule.
/// </summary>
public sealed class RoundSixtyNineChatTests
{
    private const string LiftStoppingAtEveryFloor = "2栋1单元的电梯这几天老是每层都停，早上下楼坐了十几分钟";

    [Fact]
    public async Task A_neighbour_named_in_reply_to_the_one_tap_files_a_neighbour_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send(LiftStoppingAtEveryFloor).AssertReply("马上派人")
            .Send("是2203那家的两个小孩按的，每一层的按钮都按一遍，家长也不管").IgnoreReplies()
            .Send("我住2栋1单元1502").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('public.urgent', 'emergency')"));
    }

    [Fact]
    public async Task A_formal_complaint_in_english_in_reply_to_the_one_tap_is_filed_as_a_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send(LiftStoppingAtEveryFloor).AssertReply("马上派人")
            .Send("It has been like this for weeks and nobody tells us anything. I want to file a formal complaint.").AssertReply("其他投诉")
            .Send("2栋1单元1502").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("13912345678").IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.other'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('public.urgent', 'emergency')"));
    }

    [Fact]
    public async Task A_complaint_with_a_call_for_someone_now_still_sends_someone_now()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send(LiftStoppingAtEveryFloor).AssertReply("马上派人")
            .Send("我要投诉，你们赶紧派人过来看看，老人还在等电梯").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.urgent'"));
    }

    [Fact]
    public async Task A_flat_named_after_a_fee_answer_gets_that_fee_for_the_flat()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("想给我妈把明年的物业费一次交一整年，一月底前交是不是能打折？").AssertReply("九五折")
            .Send("她住8栋1单元301，房子是她的名字，我是她女儿").AssertReply("8栋1单元301", "95%")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_problem_reported_after_a_fee_answer_is_still_a_request()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("一月底前交全年物业费是不是能打折？").AssertReply("九五折")
            .Send("另外我家8栋1单元301卫生间天花板在滴水").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'repair.%'"));
    }

    [Fact]
    public async Task Saying_we_will_not_be_up_that_early_moves_a_booking_and_raises_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我是8栋1单元301的，想约个保洁后天上午9点来做个大扫除，电话13912345678").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .Send("哎呀9点我们估计起不来，改到11点吧").AssertReply("11月24日11:00")
            .StartTestAsync();

        var elevenOClock = new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND appointment_at = {elevenOClock}"));
    }

    [Fact]
    public async Task An_old_man_who_fell_and_cannot_get_up_is_still_an_emergency()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我爸在卫生间滑了一下，现在坐在地上起不来，8栋1单元301").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task How_late_a_party_may_go_on_is_answered_with_the_quiet_hours()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("周末家里来朋友打牌，最晚打到几点不算扰民？").AssertReply("22:00")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task An_introduction_with_the_flat_and_its_digits_binds_and_asks_what_is_needed()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"Hello，我是{room.DisplayName}的业主，房子rent出去了，我人不在小区住。尾号{lastFour}").AssertReply("已为您绑定")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_flat_with_its_digits_named_with_a_fault_still_reports_the_fault()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的，尾号{lastFour}，厨房水槽下面的水管在漏水").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'repair.%'"));
    }

    [Fact]
    public async Task A_complaint_about_a_public_area_keeps_the_area_when_the_flat_comes_with_its_digits()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send($"地下车库B1靠近5栋电梯口那几个垃圾桶边上，老鼠又多又大，之前说过一次了，你们到底灭不灭鼠？我住{room.DisplayName}，手机尾号{lastFour}").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE location LIKE '%车库%'"));
    }
}
