using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 89's misses, in sentences of our own: a scald from the tap or the shower that raised blisters (Cantonese too),
/// tap water that burns the mouth, a child fallen through ice, a child climbing on a roof tank with no railing, a motor
/// in water giving off white smoke, sparks with crackling — emergencies; an old blister, a first-aid question, a motor's
/// smoke asked about are not raised by a cue.
/// </summary>
public sealed class RoundEightyNineCueTests
{
    [Theory]
    [InlineData("洗澡的时候热水突然变得滚烫，我爸背上烫红了一片还起了水泡")]
    [InlineData("我阿妈俾水喉啲热水烫亲，手背起晒泡")]
    [InlineData("刚喝了几口自来水，嘴巴发麻喉咙火辣辣的，水有股怪味")]
    [InlineData("人工湖冰面裂了，有个小孩掉下去了，快来人")]
    [InlineData("有几个小朋友在楼顶水箱上面爬来爬去，边上没有护栏")]
    [InlineData("地下室的水漫到排污泵了，电机冒白烟")]
    [InlineData("吊灯那里噼里啪啦的还打火花，水还在往下滴")]
    public void Water_and_cold_that_hurt_now_raise_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("上个月烫到手起了个水泡，早就好了")]
    [InlineData("烫伤起了水泡要不要挑破")]
    [InlineData("洗衣机的电机冒白烟一般是什么原因")]
    [InlineData("冬天小区的人工湖结冰了能不能上去滑")]
    public void An_old_blister_or_a_question_raises_no_emergency_cue(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.Intent == IntentCode.Emergency && prediction.Cue is not null, $"raised by the cue '{prediction.Cue}'");
    }
}
