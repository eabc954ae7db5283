using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the fifty-eighth and fifty-ninth conversation sets showed, as classes, in sentences of our own: a complaint whose
/// owner asks for someone to come at a time ("今晚七点半派人来") keeps that time as the ticket's appointment, while a time
/// only told ("每天晚上七点到九点") is none; an owner who would rather not leave a phone ("电话就不留了", "跳过")
/// is not asked for one again; a range of hours ("周六下午2点到5点") books the visit at its start; a break-in found after
/// the fact, the one-tap question answered with a flat, is filed on a slower clock (an urgent public matter when the
/// model's second guess opens nothing), not dispatched as an emergency.
/// </summary>
public sealed class RoundSixtySixChatTests
{
    private static long At(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();

    [Fact]
    public async Task A_complaint_keeps_the_visit_time_the_owner_asks_for_at_the_restatement()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("每天晚上八点到十点热水器都打不着，反映过两次了，一直没人管，你们到底管不管").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("白天来看没用的，今天晚上八点半派人到我家来，那时候最明显").AssertReply("20:30")
            .Send("对").AssertReply("工单号")
            .Send("行吧，晚上见分晓").AssertReply(reply => Assert.DoesNotContain("已改为", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent LIKE 'complaint.%' AND appointment_at = {At(22, 20, 30)}"));
    }

    [Fact]
    public async Task A_time_only_told_in_a_complaint_is_no_appointment()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("每天晚上八点到十点热水器都打不着，反映过两次了，一直没人管，你们到底管不管").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'complaint.%' AND appointment_at IS NULL"));
    }

    [Theory]
    [InlineData("电话就不留了")]
    [InlineData("不方便留")]
    [InlineData("跳过")]
    public async Task An_owner_who_would_rather_not_leave_a_phone_is_not_asked_again(string declined)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("每天晚上八点到十点热水器都打不着，反映过两次了，一直没人管，你们到底管不管").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send(declined).AssertReply("以上信息对吗")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'complaint.%'"));
    }

    [Theory]
    [InlineData("下周六下午2点到5点", 28, 14)]
    [InlineData("明天上午9点至11点之间都行", 23, 9)]
    public async Task A_range_of_hours_books_the_visit_at_its_start(string range, int day, int hour)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("想约个家政阿姨来做个大扫除，5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send(range).IgnoreReplies()
            .Send("13812345678").IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND appointment_at = {At(day, hour)}"));
    }

    [Fact]
    public async Task A_break_in_found_after_the_fact_answered_with_the_flat_is_filed_but_no_emergency()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我家储藏室的门被人撬了，早上下楼才发现").AssertReply("马上派人")
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('public.urgent', 'complaint.other')"));
    }

    [Fact]
    public async Task A_public_fault_told_after_introducing_the_flat_is_placed_where_it_is()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("您好，我是5栋2单元803的业主。南门进来左边那段路上的井盖没了，晚上看不见，很危险").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE location LIKE '%南门%'"));
    }

    [Fact]
    public async Task When_the_owner_will_hear_back_on_a_complaint_is_answered_with_its_promise()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("小区南门外的烧烤摊天天吵到半夜两点，油烟也飘进来，5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .Send("那你们什么时候给我答复").AssertReply("8小时")
            .StartTestAsync();
    }

    [Fact]
    public async Task When_the_owner_hears_back_asked_before_registering_is_answered_with_the_standard_s_promise()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("小区南门外的烧烤摊天天吵到半夜两点，油烟也飘进来").IgnoreReplies()
            .Send("那你们什么时候给我答复").AssertReply("8小时")
            .StartTestAsync();
    }
}
