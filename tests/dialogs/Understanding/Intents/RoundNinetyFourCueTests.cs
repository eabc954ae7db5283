using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 94's misses, in sentences of our own: a window pane about to burst in a storm, flood water up to the body
/// with someone who cannot get out, a drinker who now hardly answers — emergencies; a glass, a phone screen or a
/// "glass heart" about to break is not. Water asked whether it went down, swept onto a neighbour, or blamed for other
/// damage, and a health question for a trip abroad, are no fast request.
/// </summary>
public sealed class RoundNinetyFourCueTests
{
    [Theory]
    [InlineData("救命啊 窗户要爆了")]
    [InlineData("台风太大了，客厅的落地窗被吹得鼓起来，眼看就要碎了，孩子还在里面")]
    [InlineData("一楼进水了，水到腰了，我爷爷腿脚不好出不去")]
    [InlineData("我老公喝完白酒躺沙发上，刚吐了一地，现在叫他也不太应")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("手机屏幕的玻璃快要碎了，哪里能换")]
    [InlineData("被他这么一说我的玻璃心要碎了")]
    [InlineData("杯子掉地上了，玻璃杯要碎了吧")]
    public void Glass_that_is_no_window_raises_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("车库里的积水退了没有？我想下去开车")]
    [InlineData("卫生间门口的木地板起拱了，估计是泡水泡的")]
    [InlineData("去国外旅游的时候老人突发心梗该怎么办")]
    [InlineData("一般停电会提前通知吗")]
    public void Water_asked_swept_or_blamed_and_questions_are_no_fast_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void Water_swept_down_onto_a_neighbour_is_a_neighbour_complaint_not_a_leak() =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify("二楼那家又把阳台的积水往下扫，泼了我一窗台").Intent);
}
