using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the fifty-first and fifty-second conversation sets showed, as classes, in sentences of our own: "let me go and
/// look first" at the restatement registers nothing and drops nothing, and "那就不用报了" afterwards calls it off; the
/// place of an urgent ticket told again, closer and pressed for, is more about that ticket, not a second one, while a
/// message opening with 另外 is another matter, registered on its own and not folded into the first ticket's place; a
/// mistyped 栋 (动) with its unit is still the flat, so a fee question about it is computed; thanks for a past repair
/// are thanked back with nothing opened and no menu, and a question after them is answered; a visit moved after
/// registering ("能改到后天下午4点吗" with a reason the model reads as a booking) moves the visit, no second ticket; a
/// relative word of place in what the neighbour should do ("浇花前先看看楼下") leaves the household the complaint named.
/// </summary>
public sealed class RoundFiftyChatTests
{
    [Fact]
    public async Task Going_to_look_first_at_the_restatement_registers_nothing_and_a_later_no_calls_it_off()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("5栋2单元9楼走廊的灯坏了，晚上黑乎乎的").AssertReply("对吗")
            .Send("稍等，我先出去看一眼").AssertReply(reply => Assert.DoesNotContain("工单号", reply.Text, StringComparison.Ordinal))
            .Send("看过了，又亮了，那就不用报了").AssertReply("取消")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task Going_to_look_first_then_yes_registers_once()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("5栋2单元9楼走廊的灯坏了，晚上黑乎乎的").AssertReply("对吗")
            .Send("等一下哈，我去问问我老公").AssertReply(reply => Assert.DoesNotContain("工单号", reply.Text, StringComparison.Ordinal))
            .Send("对，还是不亮").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.general' AND state <> 'Cancelled'"));
    }

    [Fact]
    public async Task The_place_of_an_urgent_ticket_told_again_is_more_about_it_not_a_second_ticket()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("南门进来那块草坪的喷水管爆了，水漫到人行道上了").AssertReply("工单号")
            .Send("13800001111").IgnoreReplies()
            .Send("旁边还有个小孩在玩水").IgnoreReplies()
            .Send("对，南门进去左边那块草坪，快点，水管爆了水哗哗地流").AssertReply("已补充到工单")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.urgent' AND location LIKE '%南门%'"));
    }

    [Fact]
    public async Task Another_matter_at_the_same_place_is_still_a_second_ticket()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("南门进来那块草坪的喷水管爆了，水漫到人行道上了").AssertReply("工单号")
            .Send("13800001111").IgnoreReplies()
            .Send("旁边还有个小孩在玩水").IgnoreReplies()
            .Send("另外南门岗亭的路灯也不亮了，晚上很黑").AssertReply("对吗")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.urgent' AND location LIKE '%草坪%'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.general' AND location LIKE '%岗亭%'"));
    }

    [Fact]
    public async Task A_mistyped_building_with_its_unit_is_the_flat_whose_fee_is_computed()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我妈住2动1单元1503，一年物也费多少钱").AssertReply("4,300.80")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Thanks_for_a_past_repair_are_thanked_back_and_a_question_after_them_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("前天晚上我家热水器漏水，你们值班的王师傅半夜过来修好了，特意来说声谢谢").AssertReply(reply =>
            {
                Assert.Contains("感谢", reply.Text, StringComparison.Ordinal);
                Assert.Null(reply.SuggestedActions);
            })
            .Send("对了，夜里家里要是再漏水，打哪个电话？").AssertReply("2688 6600")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public void Thanks_with_a_grievance_are_not_only_thanks()
    {
        Assert.True(ConciergeBot.Dialogs.Understanding.Intents.CueContext.OnlyThanksForPastHelp("上周你们张师傅来修空调，修得很快，特意来说声谢谢"));
        Assert.False(ConciergeBot.Dialogs.Understanding.Intents.CueContext.OnlyThanksForPastHelp("上周张师傅来修空调，谢谢是谢谢，但是今天又不制冷了"));
        Assert.False(ConciergeBot.Dialogs.Understanding.Intents.CueContext.OnlyThanksForPastHelp("上次来修的师傅态度太差了，谢谢你们哦"));
    }

    [Fact]
    public async Task A_visit_moved_after_registering_moves_the_visit_however_the_reason_reads()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("卧室天花板有一块发黄发霉，想找人来看看，6栋1单元1202").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间")
            .Send("后天上午10点").AssertReply("联系电话")
            .Send("13900002222").AssertReply("对吗")
            .Send("对").AssertReply("工单号")
            .Send("哎呀抱歉，后天上午要陪我爸去医院复查，能改到后天下午4点吗").AssertReply("16:00")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("楼梯间那堆纸箱已经放了快一个礼拜了，万一有个什么事跑都跑不出去", true)]
    [InlineData("放气阀拧开试过了还是冰的，那还是派个师傅来看看吧", true)]
    [InlineData("阳台的灯坏了好几天了，有空来换一下", true)]
    [InlineData("地下室进水了，已经淹到脚踝了，快来人", false)]
    [InlineData("电梯门一直开开关关的", false)]
    public void A_report_that_has_lasted_or_only_might_matter_shows_no_hurry(string text, bool unhurried) =>
        Assert.Equal(unhurried, ConciergeBot.Dialogs.Requests.Steps.DispatchStep.ShowsNoHurry(text));

    [Fact]
    public async Task A_word_of_place_in_what_the_neighbour_should_do_leaves_the_named_household()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我要投诉楼上1502，他们家阳台浇花的水天天滴到我家晾的衣服上").IgnoreReplies()
            .Send("2栋1单元1402").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对，麻烦跟他们说一下，浇花前先看看楼下有没有晾衣服").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND room = '1502'"));
    }
}
