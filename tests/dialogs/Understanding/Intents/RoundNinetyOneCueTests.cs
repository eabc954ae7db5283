using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 91's misses and false alarms, in sentences of our own: a flat full of smoke still smoking (English), someone
/// beaten until they bleed, a fire-alarm light flashing with smoke smelled, a wheelchair rolled into the road, a gas hob
/// leaking — emergencies; a parent who has heart disease or is home after a stroke named in a noise complaint, and
/// what would happen ("要掉下去的") are not raised by a cue.
/// </summary>
public sealed class RoundNinetyOneCueTests
{
    [Theory]
    [InlineData("The kitchen is full of smoke, I threw a lid on the pot but it's still smoking badly")]
    [InlineData("门口有人打架，外卖小哥被打得满脸是血")]
    [InlineData("楼道的火警灯一直在闪，还闻到一股焦味，3栋2单元")]
    [InlineData("我爸的轮椅从斜坡上溜下去，滑到马路中间去了")]
    [InlineData("厨房燃气灶好像在漏气，滋滋的响")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("楼下空调外机半夜还在轰，我爸有心脏病根本睡不着")]
    [InlineData("隔壁装修电钻一直响，我妈中风刚出院需要静养")]
    [InlineData("这个台阶没有扶手，老人走上去要摔下来的")]
    public void A_condition_named_or_what_would_happen_raises_no_emergency_cue(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.Intent == IntentCode.Emergency && prediction.Cue is not null, $"raised by the cue '{prediction.Cue}'");
    }

    [Theory]
    [InlineData("我爸心脏病犯了，嘴唇发紫")]
    [InlineData("我妈好像中风了，嘴歪了说不出话")]
    public void An_attack_now_still_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);
}
