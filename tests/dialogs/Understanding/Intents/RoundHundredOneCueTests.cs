using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 101's class, in sentences of our own: a leak named as the matter of its aftermath — the dispute, the bill, the
/// repairman, the insurance, a leak that stopped — is no urgent repair; water coming in now still is, and so is a leak a
/// neighbour tells the owner of. Water from above turned dangerous — a ceiling coming down over someone, water out of a
/// light that is on, a switch sizzling with smoke — is an emergency.
/// </summary>
public sealed class RoundHundredOneCueTests
{
    [Theory]
    [InlineData("漏水的事找了你们两次了，到现在也没个说法")]
    [InlineData("上次修漏水的师傅把我家瓷砖敲坏了一块")]
    [InlineData("楼上漏水那家又在半夜拖椅子")]
    [InlineData("漏水造成的墙面发霉，保险公司说要物业出证明")]
    [InlineData("漏水那个月的水费多了三百块，能不能核减")]
    public void A_leak_named_as_the_matter_is_no_urgent_repair(string text) =>
        Assert.NotEqual(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("楼上漏水了，水顺着灯往下滴")]
    [InlineData("厨房水管漏水，地上全是水")]
    [InlineData("楼下说我家漏水漏到他家了，我一看是洗衣机水管在喷")]
    public void Water_coming_in_now_is_still_urgent(string text) =>
        Assert.Contains(TrainedClassifier.Classify(text).Intent, new[] { IntentCode.RepairUrgent, IntentCode.Emergency });

    [Theory]
    [InlineData("卧室吊顶被楼上的水泡得往下坠，我儿子还在下面睡觉")]
    [InlineData("水从卫生间吸顶灯里往下滴，灯还亮着")]
    [InlineData("客厅墙上的开关冒白烟了，楼上的水顺着墙流下来")]
    public void Water_from_above_turned_dangerous_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Fact]
    public void A_sagging_ceiling_with_nobody_under_it_is_no_emergency() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("吊顶被水泡得往下坠了一块，下面人不在").Intent);
}
