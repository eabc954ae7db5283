using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-43 tuning added: a load hanging from a crane over people, water inside a light fitting, a scald
/// blistering now, lift doors shut on a person, a fire the writer got out of, a worker fallen from a scaffold; a pit
/// left open, a leak dripping faster, a power cut told in English; a neighbour's noise a client hears on a video call; an
/// acknowledgement that opens a message ("OK got it。…") leaves the rest to be read; a landlord naming a second flat
/// that is let out, with nothing wrong, sends nobody; a trickle the owner calls slight can wait. None of these sentences
/// is an evaluation message.
/// </summary>
public sealed class RoundFortyThreeCueTests
{
    [Theory]
    [InlineData("OK noted。那晚上几点以后就不能搬家了")]
    [InlineData("got it，thanks。装修押金要交多少")]
    public void What_follows_an_acknowledgement_is_the_message(string text) =>
        Assert.NotEqual(IntentCode.Smalltalk, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我自己住4栋1单元1001，另外还有一套8栋1单元301租出去了")]
    [InlineData("我住5栋2单元1203，还有套2栋1单元801 rent出去了")]
    public void A_second_flat_let_out_is_no_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("塔吊吊着一捆钢管在晃，下面就是接孩子的家长")]
    [InlineData("卫生间的吸顶灯里面一直在滴水")]
    [InlineData("女儿打翻了开水壶，烫到脚背，已经起了好多水泡")]
    [InlineData("电梯门把我妈的手夹住了，4栋2单元")]
    [InlineData("厨房插座那里突然着火了，我已经跑出来了")]
    [InlineData("有个装空调的师傅从6栋外墙上摔下来了")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("2栋后面挖了一条深沟，施工的下班了也没围起来")]
    [InlineData("主卧天花板渗水，越渗越多了")]
    [InlineData("no power in my flat since this morning, 5-1-1101")]
    public void An_urgent_fault_told_so_is_fast(string text) =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void A_neighbours_noise_heard_on_a_video_call_is_a_neighbour_complaint() =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify("隔壁装修电锤震了一下午，同事在视频里问我是不是在搬家").Intent);

    [Theory]
    [InlineData("如果家里灯具进水了该怎么处理")]
    [InlineData("以前从脚手架上摔下来的工人赔偿是怎么算的")]
    [InlineData("消防栓底下漏一点点水，有空来看看")]
    public void Look_alikes_are_not_emergencies(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
