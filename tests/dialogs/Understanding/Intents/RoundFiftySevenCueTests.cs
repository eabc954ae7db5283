using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 57's first run led to (drains, sewers and manholes; electric cars and the chargers; the school run
/// and the gates; chemistry and physics in the general domain), in sentences of our own, with the near misses, fears and
/// questions beside them. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFiftySevenCueTests
{
    [Theory]
    [InlineData("6栋后面的井盖没了，我女儿一脚踩空掉进去了！")]
    [InlineData("雨水井的盖子不见了，有个阿姨刚刚掉下去了")]
    [InlineData("化粪池那边有个坑，一个大爷摔下去了")]
    [InlineData("南门那个检查井口开着，有个小朋友趴在边上往里看，没大人")]
    [InlineData("两个师傅下井清淤，一个晕在下面，另一个下去救人也没上来")]
    [InlineData("地库B2电梯口有个人躺着一动不动")]
    [InlineData("我家孩子把手指插进插座孔里了，一直哭")]
    [InlineData("车库里好浓的汽油味，还有烟往外冒")]
    [InlineData("水漫进了2栋配电房，里面噼里啪啦地闪")]
    [InlineData("電梯關住人了，快啲")]
    public void Someone_in_danger_below_ground_or_at_a_live_socket_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("井盖没了 万一有小孩掉下去怎么办")]
    [InlineData("师傅下井修了一上午还没上来，是不是还没修好")]
    [InlineData("南门那个井盖没了，刚才有个老伯差些掉下去")]
    public void A_fear_a_long_job_or_a_near_miss_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    /// <summary>The model alone may still lean to an emergency here; no cue raises it, so the dialogs ask with one tap.</summary>
    [Theory]
    [InlineData("孩子老想把手指塞进插座，有没有插座保护盖")]
    public void A_childproofing_question_raises_no_cue(string text)
    {
        var reading = TrainedClassifier.Classify(text);
        Assert.Null(reading.Cue);
        Assert.True(reading.NeedsConfirmation || reading.Intent != IntentCode.Emergency);
    }

    [Theory]
    [InlineData("镁条在空气里燃烧的现象是什么")]
    [InlineData("初三化学 燃烧需要哪三个条件 着火点是什么意思")]
    [InlineData("面粉为什么会发生爆炸 爆炸极限是多少")]
    [InlineData("why does sodium catch fire in water, chemistry homework")]
    public void A_chemistry_or_physics_question_raises_nothing(string text) =>
        Assert.DoesNotContain(TrainedClassifier.Classify(text).Intent, new[] { IntentCode.Emergency, IntentCode.RepairUrgent, IntentCode.PublicUrgent, IntentCode.ComplaintNeighbor });

    [Theory]
    [InlineData("楼下化学实验室着火了，烟好大")]
    public void A_fire_in_a_lab_downstairs_stays_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
