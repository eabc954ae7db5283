using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 70 and 71's first runs led to, in sentences of our own, with the near misses beside them. None of
/// these sentences is an evaluation message. A fast class must rest on a cue, so the dialogs dispatch without the one-tap
/// confirmation.
/// </summary>
public sealed class RoundSeventyCueTests
{
    [Theory]
    [InlineData("我家宝宝喝完奶嘴巴发青了，哭不出来")]
    [InlineData("新生儿睡着睡着突然软绵绵的，怎么拍都没反应")]
    public void A_baby_gone_blue_or_limp_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("宝宝的玩具车突然不动了，是不是没电了")]
    [InlineData("宝宝哭得脸都红了，楼上还在电钻")]
    public void A_babys_toy_or_a_crying_baby_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("卫生间的水顺着吊灯流下来了，灯还在一闪一闪的")]
    [InlineData("洗衣机漏电，我老公碰了一下被电倒了，地上的水现在还带电")]
    public void Water_where_current_still_runs_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("楼上漏水渗到我家吊灯旁边了，已经把总闸关了")]
    public void Water_by_a_light_with_the_power_off_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("走廊警铃一直在响，我开门看见楼道里有烟了，6栋")]
    public void Smoke_seen_while_the_alarm_sounds_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("警铃响了半天，出去看了没有烟也没有火，是不是坏了")]
    public void An_alarm_with_no_smoke_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("小区打药的把杀虫剂喷到我女儿眼睛里了，她说好疼")]
    public void Insecticide_in_the_eyes_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我对虾过敏，刚才吃了一口，现在喉咙越来越紧")]
    [InlineData("孩子吃了带花生的饼干，嘴唇都肿了，一直咳")]
    [InlineData("My husband is having an allergic reaction, his throat is swelling")]
    public void An_allergy_closing_the_throat_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("孩子花生过敏，小区超市的零食能不能标一下成分")]
    [InlineData("What should we keep at home for an allergic reaction?")]
    public void An_allergy_asked_about_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("楼道里堆满了纸箱，真着火了我们往哪跑？麻烦你们来清一下")]
    public void Fire_supposed_with_what_then_asked_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("厨房真的着火了怎么办啊，快来人")]
    public void Fire_really_burning_with_a_call_for_help_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);
}
