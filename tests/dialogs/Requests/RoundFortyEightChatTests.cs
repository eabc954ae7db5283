using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-eighth conversation set showed, as classes, in sentences of our own: a cleaner booked is a concierge
/// errand; a neighbour's cigarette smoke blown back through the vent is a neighbour complaint, not water backing up; a
/// gas smell asked about in Traditional characters (瓦斯) finds the gas advice; a question opened with 那 goes on from the
/// answer before; 优hui is 优惠; a dispatch declined before a price question is the price question; the writer's own flat
/// named in the introduction is no neighbour complained about.
/// </summary>
public sealed class RoundFortyEightChatTests
{
    [Theory]
    [InlineData("想预约一次家政保洁，客厅、厨房和阳台窗户都擦一下")]
    public void A_cleaner_booked_is_a_concierge_errand(string text) =>
        Assert.Equal(IntentCode.ServiceConcierge, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("楼下802天天半夜在厕所抽烟，烟味顺着排气扇倒灌进我家")]
    public void Smoke_blown_back_from_a_named_flat_is_a_neighbour_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("暴雨下水道倒灌，一楼卫生间地上全是水")]
    public void Water_backing_up_stays_an_urgent_repair(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我是2栋1单元1101的阿姨，刚才在电梯里被保安吼了一顿，说我不该带推车进去")]
    public void The_writers_own_flat_in_an_introduction_is_no_neighbour(string text) =>
        Assert.NotEqual(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public async Task A_gas_smell_asked_about_in_Traditional_characters_finds_the_gas_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("請問萬一家裡有瓦斯味，要怎麼處理比較安全？").AssertReply("96777")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_question_opened_with_na_goes_on_from_the_answer_before()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("下周日要搬家，需要提前办什么手续吗").AssertReply("20:00")
            .Send("那周日最早几点可以开始搬？").AssertReply("8:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_discount_typed_in_pinyin_is_the_discount()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("9栋2单元502的物业费一个季度多少").AssertReply("9栋2单元502")
            .Send("那一年一次交清有优hui吗").AssertReply("95%")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_dispatch_declined_before_a_price_question_gets_the_price()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("不需要派人哈，就想问一下师傅上门通一次下水道多少钱").AssertReply("50")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("12楼走廊保洁刚拖完地，到处都是水，也不放个提示牌")]
    public void A_shared_corridor_left_soaking_by_the_cleaners_is_an_urgent_public_matter(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public async Task A_gas_smell_already_checked_and_gone_opens_nothing_and_the_question_after_it_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("昨晚汤锅溢出来把火浇灭了，闻到一股煤气味，燃气公司的人来查过了说没漏，现在一点味道都没有了").IgnoreReplies()
            .Send("以后再碰到这种情况要打哪个电话？").AssertReply("不派人").AssertReply("96777")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }
}
