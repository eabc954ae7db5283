using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 72 and 73's first runs led to, in sentences of our own, with the near misses beside them. None of these
/// sentences is an evaluation message. A fast class must rest on a cue, so the dialogs dispatch without the one-tap
/// confirmation.
/// </summary>
public sealed class RoundSeventyThreeCueTests
{
    [Theory]
    [InlineData("我儿子掉进窨井里了，快来人")]
    [InlineData("阿公头先跌咗落坑里")]
    [InlineData("老人滑进了化粪池，只露个头")]
    public void Someone_fallen_into_a_pit_told_fall_first_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("手机掉进下水井了，能帮忙捞一下吗")]
    [InlineData("钥匙掉进沙井里了，有没有工具能捞")]
    public void Keys_or_a_phone_down_a_drain_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("垃圾房边上的盖板塌下去了，有个小孩一条腿陷进去拔不出来")]
    public void A_cover_that_gave_way_under_someone_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("管道里清淤的工人半小时没上来了，上面的人喊他也不应")]
    public void A_worker_below_ground_who_does_not_come_up_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我妈按了紧急按钮，平台打电话过来说联系不上她，我在外地")]
    [InlineData("外公的呼叫铃响了，我打他电话没人接，5栋1单元")]
    public void An_alarm_pendant_pressed_with_no_answer_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("想给独居的外公装个紧急按钮，物业能帮忙安装吗")]
    public void Asking_for_an_alarm_pendant_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我爷爷早上出去买菜到现在还没回来，他有阿尔茨海默")]
    public void Someone_missing_with_dementia_told_after_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("出差回来发现家门锁被撬了，屋里好像还有人在翻东西")]
    [InlineData("旅游回来，电梯停在两层中间，我和老婆关在里面出不去")]
    public void Danger_found_on_coming_home_from_a_journey_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("对门那家出国了，刚看到他们屋里有个男的在往外搬东西，不认识")]
    public void Strangers_emptying_a_flat_whose_owners_are_away_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("对门那家搬家，屋里有几个人在往外搬东西，楼道都堵了")]
    public void A_neighbour_moving_out_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("充电宝充着电突然鼓起来了，还在嘶嘶冒烟")]
    [InlineData("我家电热毯着了！")]
    [InlineData("电子烟充着电，插排那里在冒烟，一股焦味，3栋")]
    public void A_battery_charger_or_heater_on_fire_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("楼下有人抽电子烟，烟都飘到我家阳台了")]
    [InlineData("手机电池鼓包了，去哪里换")]
    [InlineData("暖风机开着了一晚上，电费会不会很贵")]
    public void Vapour_a_swollen_phone_battery_or_a_heater_left_on_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
