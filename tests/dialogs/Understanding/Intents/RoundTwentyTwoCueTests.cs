using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-22 tuning added (neighbours, people writing for someone else, hurried and English writing; a
/// tradesman's work at a customer's; a disputed bill). None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentyTwoCueTests
{
    [Theory]
    [InlineData("楼下老太太家里砰的一声，我下去敲门也没人应，她平时都在家的")]
    [InlineData("对门的锅好像烧干了，整个楼道都是烟，家里没人")]
    [InlineData("阿姨打电话说厨房燃气很臭")]
    [InlineData("Someone is going along our corridor trying every door handle, 4栋2单元 18th floor")]
    [InlineData("电梯口两个人打起来了，地上都见血了")]
    public void Danger_next_door_second_hand_or_in_English_is_an_emergency(string text)
    {
        var reading = TrainedClassifier.Classify(text);
        Assert.Equal(IntentCode.Emergency, reading.Intent);
        Assert.NotNull(reading.Cue);
    }

    [Theory]
    [InlineData("WC堵住了，急")]
    [InlineData("老房子的马桶修过一次，今天又堵了")]
    [InlineData("屋企冇水啊")]
    public void A_blocked_toilet_or_no_water_in_short_forms_is_urgent(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("客户家卫生间水管爆了，让我下午过去换")]
    [InlineData("帮客户装的插座一插电就跳闸，明天再去看")]
    [InlineData("早高峰的地铁挤爆了")]
    [InlineData("他这句话一针见血了")]
    public void A_tradesmans_work_for_a_customer_or_a_figure_is_no_urgent_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("短信说我家物业费欠了三个月，还要收滞纳金，搞什么")]
    [InlineData("我上个月就交过停车费了，怎么还催")]
    [InlineData("麻烦把这笔滞纳金去掉")]
    [InlineData("你们效率可真高啊，说好十点来修热水器，十一点了鬼影都没一个")]
    [InlineData("我的车位B1-205被一辆外地车占了一晚上")]
    public void A_disputed_bill_a_sarcastic_no_show_or_a_car_in_ones_space_is_an_other_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintOther, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我早就交过物业费了，发票在哪里开")]
    [InlineData("滞纳金是怎么算的")]
    public void A_paid_fee_with_a_question_about_its_receipt_or_rule_stays_a_fee_question(string text) =>
        Assert.Equal(IntentCode.InquiryFee, TrainedClassifier.Classify(text).Intent);
}
