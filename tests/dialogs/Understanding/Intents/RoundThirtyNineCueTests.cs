using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-39 tuning added, from safety and security, the shared outdoor spaces, works done by the estate
/// and questions of law: someone who followed the writer home and is still about; a family sick from a generator or
/// charcoal burning indoors; playground equipment broken sharp while children play on it; a trench filled with water
/// hiding its depth; and, as context, an accident asked about as a matter of law or compensation somewhere else reports
/// nothing. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundThirtyNineCueTests
{
    [Theory]
    [InlineData("下班路上有个人一直跟着我，现在还在我们单元楼下转悠，我不敢出去")]
    [InlineData("家里停电我们点了炭盆取暖，现在我和我妈都头晕想吐")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("儿童区那个滑梯侧板裂开了，边上很锋利，还有小朋友在玩")]
    [InlineData("9栋门口那个施工的坑下完雨积满了水，根本看不出深浅，放学的孩子都从那边走")]
    public void A_danger_in_a_shared_place_is_an_urgent_public_matter(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("高速上追尾把人撞伤了要判几年")]
    [InlineData("商场电梯夹伤小孩商场要赔偿多少")]
    [InlineData("乱打119会被拘留罚款吗")]
    [InlineData("我车子被撞了对方逃逸怎么办")]
    public void An_accident_asked_about_as_law_somewhere_else_is_no_emergency(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void A_notice_telling_people_what_to_do_now_announces_a_fire_now() =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify("群里物业通知：5栋一楼配电间着火了，大家千万别坐电梯，走楼梯下来").Intent);

    [Fact]
    public void A_notice_of_an_outage_tomorrow_with_the_same_advice_is_still_a_notice() =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify("物业通知：明天上午9点到11点停电检修，到时不要乘坐电梯").Intent));

    [Fact]
    public void The_same_question_about_the_estate_with_someone_hurt_now_is_still_an_emergency() =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify("楼上刚才掉下来一个花盆砸伤了我家孩子，现在在流血，谁负责").Intent);
}
