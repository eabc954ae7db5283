using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 95's misses, in sentences of our own: danger told in the formal register of a letter or a report (家父, 无法应答,
/// 昏厥, 卧地不起), a fall in pregnancy with pain, a car rolling on its own towards people — emergencies. A pregnancy
/// question, a parked car and a fainting spell recounted in a story are not.
/// </summary>
public sealed class RoundNinetyFiveCueTests
{
    [Theory]
    [InlineData("特此报告：家母于浴室滑倒，现呼之不应，住址5栋2单元1101，请即派员")]
    [InlineData("兹有一事紧急报告：家父在客厅突然晕厥，请速派人")]
    [InlineData("南门岗亭旁一名老人被电动车撞倒，卧地不起")]
    [InlineData("我太太怀孕五个月，刚才在浴室滑倒了，现在肚子痛")]
    [InlineData("那辆白色面包车没拉手刹，自己往坡下滑了，坡下面有小孩在玩")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("怀孕五个月可以坐电梯吗")]
    [InlineData("我车停在坡道上，手刹拉好了，会不会自己滑下去")]
    [InlineData("小说里女主角听到消息当场昏厥，太夸张了")]
    public void Questions_and_stories_raise_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
