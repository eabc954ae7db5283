using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-38 tuning added, from disputes between neighbours, teenagers' slang and the estate's own
/// staff: someone stabbed or slashed; a threat to kill the writer now; a door smashed with a weapon; things pushed off
/// a balcony over people below; the writer followed and cornered; a lift moving with its door open on someone; a child
/// of the family locked in a car; a home or a shop whose power is all gone. None of these sentences is an evaluation
/// message.
/// </summary>
public sealed class RoundThirtyEightCueTests
{
    [Theory]
    [InlineData("保安大哥被人捅了一刀 在南门")]
    [InlineData("快来 楼下那家男的要砍死我")]
    [InlineData("有个醉汉拿斧头在砍我家门 还没走")]
    [InlineData("对门吵完架把花盆扔下去了 下面好多小孩在玩")]
    [InlineData("放学有个男的一直跟着我 现在在单元门口拦着我")]
    [InlineData("电梯门开着就往下走了 我妈的手还卡着")]
    [InlineData("我女儿被关车里了 车在B2 钥匙找不到 天这么热")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_home_with_its_power_all_gone_is_an_urgent_repair() =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify("家里突然全黑了 电全没了 冰箱也停了").Intent);

    [Theory]
    [InlineData("帮我砍一刀")]
    [InlineData("小区的树被砍了好几棵")]
    [InlineData("钥匙锁车里了 怎么办")]
    [InlineData("楼下在烧烤 烟全进我家了")]
    [InlineData("楼上老往下扔烟头 迟早要着火")]
    [InlineData("装修师傅拿锤子砸墙 太吵了")]
    [InlineData("老师让我们回家问 家里着火了应该先做什么")]
    [InlineData("我妈要杀了我 成绩出来了")]
    public void The_same_words_with_no_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
