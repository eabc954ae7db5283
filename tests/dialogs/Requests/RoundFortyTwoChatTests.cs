using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the thirty-seventh conversation set showed, as classes, in sentences of our own (clock: Sunday 2026-11-22
/// 10:00, Asia/Shanghai): "能不能现在就派个人来" at the time question asks for someone now — no question to answer;
/// a danger made safe while the request is gathered ("拿铁丝把窗框捆在防盗网上了，现在不怎么晃了") is no second request; the
/// time moved in words about the visit leaves no scraps of them in the description; a complainant who said which shop or
/// flat is theirs without binding is on the complaint; "对，麻烦快点" after an urgent ticket hurries it, it asks for nothing new;
/// and, from the thirty-eighth set, a what-if question in English is answered, and "不要去动它对吧？" at an emergency gets
/// its safety advice.
/// </summary>
public sealed class RoundFortyTwoChatTests
{
    [Theory]
    [InlineData("能不能现在就派个人来看一下")]
    [InlineData("可以马上过来吗")]
    public async Task Asking_for_someone_now_at_the_time_question_is_as_soon_as_possible(string now)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("主卧的推拉门滑轨掉了，门关不上，5栋2单元803").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间")
            .Send(now).AssertReply("联系电话")
            .Send("13812345678").AssertReply("尽快")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_danger_made_safe_meanwhile_is_no_second_request_and_the_visit_talk_no_detail()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("起大风了，卧室那扇窗框松了，风一吹就咣咣响，5栋2单元803").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间")
            .Send("我儿子刚拿铁丝把窗框捆在防盗网上了，现在不怎么晃了").IgnoreReplies()
            .Send("那就别现在来了，明天上午10点过来弄就行").AssertReply("联系电话")
            .Send("13812345678").AssertReply("明天10:00")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        var tomorrowTen = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {tomorrowTen} AND description NOT LIKE '%过来弄%'"));
    }

    [Fact]
    public async Task A_complainant_who_said_which_shop_is_theirs_is_on_the_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("您好，我是商业街S112水果店的").IgnoreReplies()
            .Send("旁边S113烧烤店的烟每天都往我店里飘，熏得水果都是味").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND room = 'S113' AND description LIKE '%投诉人住址：商铺S112%'"));
    }

    [Fact]
    public async Task A_yes_and_a_hurry_after_an_urgent_ticket_is_no_second_request()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("家里水管爆了，水一直往外喷，6栋1单元1104").IgnoreReplies()
            .Send("13812345678").AssertReply("补充")
            .Send("对，麻烦快点").AssertReply(reply => Assert.DoesNotContain("记下了", reply.Text ?? "", StringComparison.Ordinal))
            .Send("没有了").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_what_if_question_in_English_is_answered_without_a_menu()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Hello, my daughter asked me: if the power goes off in the middle of the night, who do we call? Are your repairmen there at night?")
            .AssertReply("0755-2688 6600")
            .AssertReply("24小时")
            .Send("Thanks. Can the workers drill at the weekend?").AssertReply("周一至周五")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Asking_whether_to_leave_it_alone_at_an_emergency_gets_its_safety_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("客厅插座刚才砰的一声，现在闻起来焦焦的，插头都黑黑的，7栋1单元202").IgnoreReplies()
            .Send("总闸我已经拉下来了，现在不要去动它对吧？").AssertReply("请注意安全")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task The_time_said_back_with_a_yes_at_the_restatement_opens_the_booking()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("明天下午有装修公司来送板材，想约一下货梯，3点可以吗，5栋2单元803").AssertReply("后四位")
            .Send("跳过").IgnoreReplies()
            .Send("13812345678").AssertReply("明天15:00")
            .Send("对，3点，谢谢").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge'"));
    }

    [Fact]
    public async Task A_price_asked_in_English_after_a_booking_is_answered_not_noted()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("The bathroom light bulb is gone, building 5 unit 2 room 803, tomorrow 9am please").IgnoreReplies()
            .Send("skip").IgnoreReplies()
            .Send("13812345678").IgnoreReplies()
            .Send("yes").AssertReply("工单号")
            .Send("How much to change the bulb?").AssertReply("10元")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_what_if_from_an_owner_with_no_ticket_is_answered_from_the_handbook()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("要是物业费一直没交，你们会不会停我家的电？").AssertReply("不会")
            .StartTestAsync();
    }

    [Fact]
    public async Task Letting_go_of_a_cancel_with_a_reason_in_between_brings_the_request_back()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("阳台的灯泡坏了，麻烦来换一下，5栋2单元803").AssertReply("后四位")
            .Send("跳过").IgnoreReplies()
            .Send("那算了，不用派人了，我自己买一个换").IgnoreReplies()
            .Send("唉算了算了，灯太高我够不着，还是麻烦师傅来一趟吧").AssertReply("恢复")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_landlord_asks_in_English_about_cutting_the_water_and_the_late_fee()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Would you cut off the water if my tenant doesn't pay the management fee?").AssertReply("不会")
            .Send("And how much are late fees?").AssertReply("万分之三")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_leak_the_owner_has_stopped_sends_nobody_at_once_when_the_flat_follows()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("厨房水槽下面的管子刚才漏了一地，我把角阀关了，地也擦了，现在不漏了").IgnoreReplies()
            .Send("5栋2单元803").AssertReply(reply => Assert.DoesNotContain("紧急登记", reply.Text ?? "", StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('emergency', 'repair.urgent')"));
    }
}
