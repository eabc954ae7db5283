using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 57 and 58's first runs led to (drains, sewers and manholes; electric cars and the chargers; the
/// school run; flues, lawns and trees; roof sheds and lost property; chemistry, physics and famous buildings in the
/// general domain), in sentences of our own, with the near misses, fears and
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

    [Theory]
    [InlineData("我爸在厨房洗碗，突然说头好痛想吐，燃气热水器一直开着")]
    [InlineData("燃气热水器的排烟管掉下来了，我老婆还在洗澡")]
    [InlineData("一只流浪狗把一个小朋友的手咬了，还在流血")]
    [InlineData("台风把路边的树吹倒了，压住了一个老人")]
    [InlineData("那根电线杆正在往下倒，底下好多学生在等车")]
    public void Round_58s_people_in_danger_now_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("草坪刚喷了除草剂，好几个小孩在上面玩，也没拉警戒线")]
    public void A_sprayed_lawn_with_children_on_it_is_urgent_public(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("厨房水龙头整个断了，水哗哗往外喷，关不住")]
    public void A_tap_snapped_off_and_spraying_is_an_urgent_repair(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("1666年伦敦大火是从面包店烧起来的吗")]
    [InlineData("天津港爆炸事故的调查报告说了什么")]
    [InlineData("why did the Morandi bridge collapse in Genoa")]
    public void A_famous_disaster_elsewhere_raises_nothing(string text) =>
        Assert.DoesNotContain(TrainedClassifier.Classify(text).Intent, new[] { IntentCode.Emergency, IntentCode.RepairUrgent, IntentCode.PublicUrgent, IntentCode.ComplaintNeighbor });

    [Theory]
    [InlineData("1203着火了")]
    [InlineData("对面那栋大楼着火了，烟往我们这边飘")]
    public void A_fire_now_named_with_a_flat_or_a_building_stays_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("工人把电线割断了，线头掉进院子的积水里，还有电")]
    [InlineData("一个陌生男的在车库一直跟着我，现在堵住我不让我走")]
    [InlineData("我进配电房拿东西，门被人锁上了，出不去，里面好黑")]
    public void Round_59s_people_in_danger_now_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("门卫那个人堵着门不让我走，非要我登记")]
    public void A_guard_asking_to_register_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
