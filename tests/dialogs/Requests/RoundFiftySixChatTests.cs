using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the fifty-fifth and fifty-sixth conversation sets showed, as classes, in sentences of our own: noise recounted
/// from a public court last night is a complaint, never an emergency, even when the owner answers the one-tap question
/// with a flat; a shared room named in the first message (健身房, 乒乓球室) is the ticket's place, and the owner's flat
/// given afterwards does not replace it; "which number should she save" is answered with the hotline; "不用麻烦师傅跑一趟
/// 了" at any prompt calls the request off; a visit the hotline's 客服 promised and nobody made is the standard's other
/// complaint (nobody identifiable), not a staff complaint; "一次把一整年都交了有没有优惠" after a monthly fee is the year
/// with the 5% early-payment discount; an odd smell with dizziness is given the gas advice, and "what should he do now?"
/// at "anything to add?" is answered with it.
/// </summary>
public sealed class RoundFiftySixChatTests
{
    [Fact]
    public async Task Noise_from_the_court_last_night_is_a_complaint_not_an_emergency()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("昨晚快十二点了还有一帮人在篮球场拍球，喊叫声、音箱放歌，吵得孩子睡不着").AssertReply(reply => Assert.DoesNotContain("10分钟", reply.Text, StringComparison.Ordinal))
            .Send("5栋1单元301").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task A_shared_room_named_first_stays_the_place_when_the_flat_is_given()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("小区健身房那台动感单车的踏板掉了，骑不了").IgnoreReplies()
            .Send("我住3栋2单元1602").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.general' AND location LIKE '%健身房%'"));
    }

    [Fact]
    public async Task Which_number_to_save_is_answered_with_the_hotline()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("家里的阿姨要是有事，应该打哪个电话找你们？我让她存一下").AssertReply("0755-2688 6600")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task No_need_for_the_technician_after_all_calls_the_request_off()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我家阳台推拉门推不动了，卡住了，派个师傅来看看").IgnoreReplies()
            .Send("5栋1单元301").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("哦我儿子刚看了，是轨道里掉了个螺丝，弄出来就好了，那就不用麻烦师傅跑一趟了").AssertReply("取消")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task A_visit_the_hotline_promised_and_nobody_made_is_another_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("上周报修的热水器，客服说周四下午派人来，我请了半天假在家等，结果一个人都没来，打电话也没人接").IgnoreReplies()
            .Send("5栋1单元301").IgnoreReplies()
            .Send("13800001234").AssertReply("其他投诉")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.other'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff'"));
    }

    [Fact]
    public async Task A_whole_year_asked_after_a_monthly_fee_is_the_year_with_the_discount()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我妈住7栋2单元302，物业费一个月多少钱").AssertReply("528")
            .Send("那如果一整年一次交了，便宜多少").AssertReply("6,019")
            .StartTestAsync();
    }

    [Fact]
    public async Task What_to_do_now_after_an_odd_smell_is_answered_with_the_gas_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("救命，我妈说厨房里有股怪味，她头很晕，5栋1单元301").AssertReply("通风")
            .Send("13800001234").IgnoreReplies()
            .Send("那她现在先做什么？").AssertReply("通风")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }
}
