using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 78 and 79's first runs led to, in sentences of our own, with the near misses beside them. None of
/// these sentences is an evaluation message. A burning-wire smell, a swollen battery that crackles, water sprayed onto a
/// socket and leaking fuel beside a lit cigarette are emergencies, and their cue raises them.
/// </summary>
public sealed class RoundSeventyNineCueTests
{
    [Theory]
    [InlineData("屋里有一股烧电线的焦味，不知道从哪冒出来的")]
    [InlineData("卧室里一股烧电线皮的味道，越来越重")]
    public void A_smell_of_burning_wires_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("烧电线的味道和烧塑料的味道有什么区别")]
    public void A_question_about_the_smell_of_burning_wires_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("my daughter's power bank is swollen and hissing on her desk")]
    [InlineData("the battery in my son's hoverboard has puffed up and keeps crackling")]
    public void A_swollen_battery_that_crackles_or_hisses_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("is it safe to keep using a swollen power bank?")]
    public void A_swollen_battery_asked_about_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("洗衣机进水管爆了，水直接喷到插座上了")]
    public void Water_sprayed_onto_a_socket_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("地库B2有辆车一直在漏油，旁边还有人在抽烟")]
    [InlineData("有台车油箱在滴油，边上有个人拿着打火机点烟")]
    public void Leaking_fuel_beside_a_flame_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我车位上有一滩漏油，不知道是谁家的车漏的")]
    public void A_fuel_stain_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
