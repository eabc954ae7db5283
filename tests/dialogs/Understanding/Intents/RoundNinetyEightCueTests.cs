using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 98's misses, in sentences of our own: someone pulled at by a drunk or a stranger, a wheelchair held by the lift
/// doors — emergencies. A drum kit (架子鼓) is no fight, a bedroom lock that jams with nobody inside is a repair, an oxygen
/// machine that nearly lost power last night is no emergency now, children only frightened by a scooter and a volcano far
/// away are no emergency; other people's children's homework shouted over is a neighbour complaint; the continents are not fast.
/// </summary>
public sealed class RoundNinetyEightCueTests
{
    [Theory]
    [InlineData("我老婆在车库被一个醉汉拽住了不放，快叫保安")]
    [InlineData("有个陌生男人在拉扯我女儿，就在2栋楼下")]
    [InlineData("电梯门夹住了我爸的轮椅，他人还坐在上面")]
    public void Someone_held_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("隔壁小孩天天打架子鼓，都十一点了还在打")]
    [InlineData("女儿房间的门锁坏了，锁上就打不开，里面没人")]
    [InlineData("昨晚停电是怎么回事？现在来电了，我爸的制氧机差点没电")]
    [InlineData("有小孩在地库骑滑板车，速度飞快，吓到好几个老人")]
    [InlineData("冰岛那座火山又冒烟了")]
    public void Drums_empty_rooms_near_misses_frights_and_far_volcanoes_raise_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void Other_childrens_homework_shouted_over_at_night_is_a_neighbour_complaint() =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify("对面那家天天吼孩子写作业，吼到十一点").Intent);

    [Fact]
    public void The_continents_ranked_are_not_fast() =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify("五大洲面积从大到小排一下").Intent));

    [Fact]
    public void A_small_child_locked_in_a_room_is_still_an_emergency() =>
        TrainedClassifier.AssertRaisedByACue("三岁的儿子把卧室门反锁了，在里面哭，打不开", IntentCode.Emergency);

    [Fact]
    public void A_machine_that_stopped_is_still_an_emergency() =>
        TrainedClassifier.AssertRaisedByACue("停电了，我爸的制氧机停了", IntentCode.Emergency);
}
