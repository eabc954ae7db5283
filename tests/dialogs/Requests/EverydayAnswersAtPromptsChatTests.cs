using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// Everyday answers at a request's prompts, through the chat with the real classifier (clock: Sunday 2026-11-22 10:00):
/// no time named at the visit prompt, a question in the same message as a repair, a repair called off with a price
/// asked. None of these sentences is from a conversation set.
/// </summary>
public sealed class EverydayAnswersAtPromptsChatTests
{
    [Theory]
    [InlineData("好的，那你们派人过来吧")]
    [InlineData("嗯嗯")]
    [InlineData("没别的了，谢谢")]
    public async Task An_owner_who_names_no_time_at_the_visit_prompt_leaves_it_to_us_and_the_restatement_says_as_soon_as_possible(string reply)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋1单元1501卫生间的毛巾架掉了").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间上门")
            .Send(reply).AssertReply("联系电话")
            .Send("13912345678").AssertReply("上门时间：尽快", "对吗")
            .Send("对").AssertReply("工单号 20261122-0001")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_fee_question_after_a_repair_in_the_same_message_is_answered_and_the_repair_goes_on()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("阳台的晾衣杆摇不下来了，麻烦来修一下。还想问下车位月租多少钱？")
            .AssertReply("每月300元")
            .AssertReply("请问是哪一户")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_answered_beside_a_repair_is_not_left_in_the_ticket_description()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋1单元1501厨房的吊柜门掉下来了，要换个合页。还想问下车位月租多少钱？")
            .AssertReply("每月300元")
            .AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间上门")
            .Send("明天上午10点").AssertReply("联系电话")
            .Send("13912345678").AssertReply(reply =>
            {
                Assert.Contains("情况：3栋1单元1501厨房的吊柜门掉下来了，要换个合页", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("车位", reply.Text, StringComparison.Ordinal);
            })
            .Send("对").AssertReply("工单号 20261122-0001")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE description LIKE '%合页%' AND description NOT LIKE '%车位%'"));
    }

    [Fact]
    public async Task An_urgent_repair_called_off_with_a_price_question_is_cancelled_and_the_price_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("洗手间马桶堵住了，水快溢出来了")
            .AssertReply("工单号 20261122-0001")
            .AssertReply("哪一户")
            .Send("不用了，已经自己通开了。问一下要是下次还堵，你们上门通一次收多少？")
            .AssertReply("取消工单 20261122-0001")
            .AssertReply("疏通马桶50元")
            .StartTestAsync();
    }

    [Fact]
    public async Task How_soon_on_an_open_public_repair_is_answered_with_its_own_promise_not_an_arrival()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("2栋1单元大堂的门禁刷卡没反应，麻烦修一下，电话13900002222").AssertReply("对吗")
            .Send("对").AssertReply("工单号 20261122-0001", "3个工作日内")
            .Send("那要多久能修好，今天能弄好吗").AssertReply("工单 20261122-0001", "我们将在3个工作日内", "修复")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_time_told_in_a_complaint_is_no_appointment()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我要投诉，上周说好周三上午派人来修空调，结果一直没人来，电话也没人接，我住3栋1单元1501，电话13900003333")
            .AssertReply("后四位")
            .Send("跳过").AssertReply(reply =>
            {
                Assert.Contains("其他投诉", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("上门时间", reply.Text, StringComparison.Ordinal);
            })
            .Send("对就是这个意思你们查一下给我个说法").AssertReply("工单号 20261122-0001")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE appointment_at IS NOT NULL"));
    }
}
