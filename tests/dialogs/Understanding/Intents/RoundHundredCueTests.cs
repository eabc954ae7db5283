using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 100's misses, in sentences of our own: an elder not seen for days behind a door no one answers, someone fallen on
/// the estate's stairs whom the writer hesitates to help, a guard lying on the floor who does not answer, someone at the
/// edge of a roof — emergencies. A bench's broken leg, a lift stopped with nobody inside and physics asked in general are
/// not; a neighbour's everyday smoke filling the flat is the neighbour's nuisance.
/// </summary>
public sealed class RoundHundredCueTests
{
    [Theory]
    [InlineData("楼上独居的刘奶奶两天没见着了，门缝里有股怪味，敲门也没人应")]
    [InlineData("我在5栋大堂门口看到一个老爷爷摔倒了起不来，要不要扶他啊")]
    [InlineData("保安躺在监控室地上，叫他没反应")]
    [InlineData("天台上有个小伙子！坐在最边上往下看")]
    [InlineData("有个人爬到7栋楼顶的女儿墙上坐着")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("儿童乐园旁边那张木凳子有一条腿断了")]
    [InlineData("5栋电梯停在12楼了，上面的老人都下不来，没人被关在里面")]
    [InlineData("锂电池和干电池本质上有什么不同")]
    [InlineData("液氮罐里是液体还是气体")]
    [InlineData("路上看到老人摔倒该不该扶")]
    public void Broken_benches_empty_lifts_and_knowledge_are_not_emergencies(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_guard_asleep_at_his_desk_is_still_not_an_emergency() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("晚上十二点岗亭里的保安趴在桌上睡觉，叫他半天没反应").Intent);

    [Fact]
    public void A_neighbours_smoke_filling_the_flat_is_a_neighbour_complaint() =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify("隔壁在熏香肠，烟一直往我家飘，屋里全是烟味").Intent);
}
