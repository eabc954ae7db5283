using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 97's misses, in sentences of our own: someone lying outside in the freezing cold, a child not home whose phone
/// does not answer, a parent with dementia not back, a swollen lip with breathing hard, a drain cleaner in the eyes —
/// emergencies. A child late but reachable, a summer nap on a bench and soaking things on purpose (泡水 asked how or for
/// what) are not.
/// </summary>
public sealed class RoundNinetySevenCueTests
{
    [Theory]
    [InlineData("小区门口的长椅上躺着个老人，穿得很少，外面在下雪")]
    [InlineData("女儿放学到现在还没回来，十岁，电话手表一直没人接")]
    [InlineData("我爸有点失智，下午出去遛弯到现在都没回来")]
    [InlineData("喷完药以后我妈嘴唇都肿了，说喘气困难")]
    [InlineData("用通渠剂的时候不小心溅到眼睛了")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("儿子说今晚在同学家吃饭，晚点回来，电话里说好了")]
    [InlineData("夏天傍晚好多老人在凉亭里躺着乘凉")]
    [InlineData("干香菇怎么泡水才泡得快")]
    [InlineData("绿豆泡水多久能发芽")]
    public void Reachable_children_summer_naps_and_soaking_raise_no_emergency(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void A_flooded_basement_is_still_urgent() =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify("地下室泡水了，水还在往里灌").Intent));
}
