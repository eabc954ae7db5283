using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 99's misses, in sentences of our own: a quarrel come to knives, someone at the door of a home whose people are
/// away, the rest of a fallen thing swinging over children, a small child crying alone behind a door no one opens —
/// emergencies. Safety knowledge asked in general (what a smell is, a threshold, a textbook, how to prevent poisoning,
/// whether CPR still needs breaths), a scam call told of and a van parked in the way are not; "I rent flat …" is no fee.
/// </summary>
public sealed class RoundNinetyNineCueTests
{
    [Theory]
    [InlineData("楼下两口子吵架吵到动刀了")]
    [InlineData("有个男的在拉对门的防盗门，对门一家出国旅游了，家里没人")]
    [InlineData("空调外机支架掉下来砸在雨棚上，还有一半吊在半空晃，底下好多小孩在玩")]
    [InlineData("对门的宝宝一直在哭，我敲门没人开，早上看见他爸妈出门了")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("烟雾报警器和燃气报警器是一样的吗")]
    [InlineData("天然气的味道其实是后来加进去的？")]
    [InlineData("火灾报警电话要说清楚哪些信息，课本上讲的")]
    [InlineData("冬天烧煤炉咋防煤气中毒")]
    [InlineData("现在心肺复苏还要做人工呼吸吗")]
    [InlineData("有人给我爸打电话说是供电局的，让他先转500块，不然就停电")]
    [InlineData("搬家的货车停在单元门口挡路了")]
    public void Knowledge_scams_and_vans_in_the_way_are_not_emergencies(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void Renting_a_flat_is_no_fee_question() =>
        Assert.NotEqual(IntentCode.InquiryFee, TrainedClassifier.Classify("Hi, I rent flat 1203 in Building 2, Unit 1. The bathroom tap keeps dripping, can someone come tomorrow at 9am?").Intent);

    [Fact]
    public void A_quarrel_without_knives_is_still_a_neighbour_complaint() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("楼下两口子天天吵架，吵得我睡不着").Intent);
}
