using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 83's general-domain class, in sentences of our own: a disaster elsewhere named the way news or a search names it
/// (a place and the disaster, its year, its toll, its rescue, its cause) raises nothing; the same words at the writer's home
/// or nearby still do. And round 83's missed bath heater: smoke "not long" after switching on (没多久, 没一会, 冇幾耐) is no
/// denial.
/// </summary>
public sealed class RoundEightyThreeCueTests
{
    [Theory]
    [InlineData("济南商厦火灾")]
    [InlineData("苏州化工园区爆炸")]
    [InlineData("某地老旧厂房倒塌2019")]
    [InlineData("那次煤矿坍塌救出来几个人")]
    [InlineData("2015年那场仓库爆炸后来怎么处理的")]
    [InlineData("码头爆炸和管理不善有关吗")]
    [InlineData("Kowloon factory fire death toll")]
    [InlineData("stadium stampede anniversary")]
    public void A_disaster_elsewhere_named_as_news_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("厨房燃气爆炸")]
    [InlineData("隔壁火灾，浓烟往我家飘")]
    [InlineData("楼下仓库爆炸了")]
    public void The_same_words_at_home_or_nearby_still_raise_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("卧室的取暖器开了没多久就冒烟了，一股焦味")]
    [InlineData("电热毯插上没一会就冒烟了")]
    [InlineData("我屋企個暖風機開咗冇幾耐就冒煙")]
    public void Smoke_not_long_after_switching_on_is_no_denial(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("还没冒烟，就是插头有点烫")]
    [InlineData("没有冒烟，也没有焦味，就是不制热")]
    public void Smoke_denied_is_still_denied(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
