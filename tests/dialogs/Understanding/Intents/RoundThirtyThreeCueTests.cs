using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-33 tuning added, from the lines coming in and from regional speech: a live cable or an open
/// transformer box where children play, water over a switchboard, a plug in water, sparks asked about as "要紧吗", someone trying the door while the writer hides, a gas pipe broken while someone nearby is told to put
/// out a cigarette; a blocked toilet typed with a homophone and a flooded floor told in Cantonese; a
/// neighbour's noise at midnight in Min words; and what only sounds like danger — a heart "smoking" in the heat, a computer "about to explode", a translation, a
/// documentary, what to look for when viewing a flat, standing guard "别让人掉下去". None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundThirtyThreeCueTests
{
    [Theory]
    [InlineData("修路的把地下的电线刨出来了，外皮破了，好几个小朋友在旁边踩来踩去")]
    [InlineData("绿化带那个变压器箱门开着，里面的铜排露着，有个小孩在摸")]
    [InlineData("地库的水淹到配电箱了，一直在冒火花")]
    [InlineData("挖掘机把燃气管挖破了，呲呲往外喷，我让旁边抽烟的大哥把烟灭了，你们快来")]
    [InlineData("卫生间地上全是水，吹风机的插头泡在水里了")]
    [InlineData("有个男的在使劲拧我家门锁，我躲在卧室不敢出声，4栋1单元2203")]
    [InlineData("厨房插座一直噼啪响还冒火星，要紧吗")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("马桶赌了，水快溢出来了", IntentCode.RepairUrgent)]
    [InlineData("洗手间水喉爆咗，成个地下浸晒", IntentCode.RepairUrgent)]
    [InlineData("厝边半暝还在剁肉，吵甲袂睏", IntentCode.ComplaintNeighbor)]
    public void Regional_words_for_a_fast_matter_keep_its_class(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("天气热到我个心都焗到冒烟")]
    [InlineData("开了三个游戏，手机要爆炸了")]
    [InlineData("帮我翻译一下：There is a fire on the fifth floor")]
    [InlineData("看纪录片说地震时要躲在承重墙边，真的吗")]
    [InlineData("买房的时候怎么看墙有没有渗水")]
    [InlineData("北门井盖没了，我先在旁边守着别让人掉下去")]
    public void Alarm_words_with_no_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
