using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 80 and 81's first runs led to, in sentences of our own, with the near misses beside them. None of
/// these sentences is an evaluation message. Something harmful swallowed from a flowerbed, a person caught in flood water,
/// someone lying in the road, a threat to jump told in English, a machine that caught a hand or a foot, someone beaten
/// bloody, a confused old person wandering out towards the road and a lift platform tipping with a worker on it are
/// emergencies, and their cue raises them.
/// </summary>
public sealed class RoundEightyOneCueTests
{
    [Theory]
    [InlineData("我儿子把草坪上的蓝色药粒吃了几颗，现在一直吐")]
    [InlineData("孙女喝了半瓶除草剂")]
    [InlineData("娃把树下的野果果吃了，嘴巴麻了话都说不清")]
    public void Something_harmful_swallowed_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我妈被困在地下室了，水都淹到脖子了")]
    [InlineData("车库进水到膝盖了，我老公还在下面挪车，一直联系不上")]
    [InlineData("有个老人躺在马路中间，车子都在绕着走")]
    [InlineData("There's a man on the roof of building 7 threatening to jump")]
    public void A_person_in_flood_water_in_the_road_or_on_the_edge_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("绿化工被碎枝机卷住了手")]
    [InlineData("几个人在门口围殴外卖员，外卖员头都打破了")]
    [InlineData("有个老大爷光着脚从北门走出去了，往马路上走，看着迷迷糊糊的")]
    [InlineData("高空车突然侧翻，上面还有两个工人")]
    public void A_worker_caught_or_tipping_someone_beaten_or_a_confused_elder_wandering_out_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("除草剂对狗有害吗")]
    [InlineData("地库积水到膝盖了，车都泡了")]
    [InlineData("My kids are going to jump on the trampoline all afternoon")]
    [InlineData("割草机绞到电线了")]
    [InlineData("升降车停在8栋门口挡路了")]
    public void Near_misses_raise_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
