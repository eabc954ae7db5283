using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 76 and 77's first runs led to, in sentences of our own, with the near misses beside them. None of
/// these sentences is an evaluation message. A fast class must rest on a cue; a dilemma posed is no report at all.
/// </summary>
public sealed class RoundSeventySevenCueTests
{
    [Theory]
    [InlineData("我女儿刚才喝了两口通马桶的药水，一直在吐")]
    [InlineData("老人把疏通下水道的药水当成饮料喝了，现在肚子疼")]
    public void A_drain_cleaner_swallowed_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("通下水道的药水哪里能买到，效果好一点的")]
    public void A_drain_cleaner_asked_about_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("老公胳膊上沾到烧碱了，已经起了一片泡，疼得直叫")]
    [InlineData("疏通剂泼到我脚上了，起了好几个水泡")]
    public void A_caustic_chemical_that_blistered_the_skin_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("阿姨在倒疏通粉，粉一下子喷起来溅进她眼睛里，现在睁不开")]
    public void A_cleaner_burst_into_the_eyes_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("烘干机漏电电到我妈了，她手一直在抖")]
    public void An_appliance_that_shocked_someone_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("厨房的高压锅刚刚炸了，锅盖飞到天花板上")]
    [InlineData("楼下小炒店的煤气罐爆了！")]
    public void A_heater_cooker_or_cylinder_that_exploded_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("楼上的热水器爆了吧，水一直往我家天花板渗")]
    public void A_water_heater_that_burst_is_water_not_an_explosion(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("吸入甲醛喷雾以后孩子呼吸很急，说喉咙感觉肿了")]
    public void A_throat_swelling_with_breath_going_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("小孩把洗衣凝珠咬开了，满嘴泡沫")]
    public void A_laundry_pod_bitten_open_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("弱电旁边那个电缆井一直啪啪响，门缝里能看到蓝光")]
    public void Arcing_in_a_riser_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("如果房子着火了，只能救你妈或者你老婆，选哪个")]
    [InlineData("船沉了只能救一个人，救医生还是救小孩")]
    [InlineData("what would you do in the trolley problem, pull the lever or not")]
    [InlineData("你会不会为了救落水的陌生人冒生命危险")]
    public void A_dilemma_posed_is_no_report(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("楼下着火了，我先救孩子还是先关煤气？")]
    [InlineData("我家厨房着火了，现在先救人还是先灭火")]
    public void A_real_fire_asked_what_first_is_still_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
