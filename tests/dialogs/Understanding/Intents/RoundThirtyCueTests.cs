using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-30 tuning added, from households with special needs and second-hand reports: a machine someone
/// lives on stopped by a cut, breath failing, a parent with dementia who walked out, a fall and then no word, waters
/// broken, someone fallen into a hole, a gas pipe broken; a lift someone already got out of is no emergency. None of
/// these sentences is an evaluation message.
/// </summary>
public sealed class RoundThirtyCueTests
{
    [Theory]
    [InlineData("跳闸了，我妈的制氧机停了，6栋1单元1502")]
    [InlineData("my dad's ventilator stopped, the power is off in 4栋 2-1203")]
    [InlineData("爸爸喘得很厉害，嘴唇都发紫了")]
    [InlineData("我外婆有老年痴呆，刚才自己开门出去了，到处找不到")]
    [InlineData("我爸在楼道里摔了一跤，现在叫他也没反应了")]
    [InlineData("儿媳妇羊水破了，电梯又坏了，快来人帮忙")]
    [InlineData("南门那个下水井没盖子，有个小孩掉下去了")]
    [InlineData("快来人，有个工人掉进电梯井了，5栋1单元")]
    [InlineData("厨房燃气那根软管裂了，呲呲在响")]
    public void Danger_to_someone_who_depends_on_care_or_told_second_hand_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("井盖没了，差点有人掉下去")]
    [InlineData("刚才电梯卡了几分钟，我们已经自己出来了，电梯现在停着")]
    public void A_near_miss_or_a_lift_already_left_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
