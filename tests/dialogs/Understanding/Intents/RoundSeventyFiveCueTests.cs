using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 74 and 75's first runs led to, in sentences of our own, with the near misses beside them. None of
/// these sentences is an evaluation message. A fast class must rest on a cue, so the dialogs dispatch without the one-tap
/// confirmation.
/// </summary>
public sealed class RoundSeventyFiveCueTests
{
    [Theory]
    [InlineData("那辆面包车停在坡上往后溜了，后面都是放学的小孩")]
    [InlineData("搬家车自己往后滑了！下面有老人在走")]
    public void A_vehicle_rolling_towards_people_with_nobody_at_the_wheel_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("溜车了怎么处理才对，驾校没教过")]
    [InlineData("上周有辆车往后溜，撞到了花坛，还好没人")]
    public void A_rolling_car_asked_about_or_past_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("快递三轮车倒车把送水师傅挤在墙上了，他说腿动不了")]
    public void Someone_pinned_by_a_vehicle_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("货梯口的液压板压住了搬运工的脚，拔不出来")]
    public void Someone_caught_in_a_loading_platform_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("卸货平台的升降板坏了，卡住不动了")]
    public void A_loading_platform_stuck_with_nobody_in_it_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("3栋门口有个小朋友被锁在送货车的驾驶室里出不来，一直在拍窗")]
    public void A_child_shut_in_a_vans_cab_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("工人往下吊钢琴，下面就是人行道，人来人往的")]
    [InlineData("他们从窗外吊沙发上去，底下正是儿童游乐区，小孩都在玩")]
    public void A_load_hoisted_over_people_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("吊装空调外机要多少钱")]
    public void A_hoist_asked_about_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("停电了，我妈的制氧机靠备用电池撑着，就剩半小时了")]
    public void Life_support_on_its_last_battery_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("楼上那家的小孩在窗外吊着，大人不在家")]
    [InlineData("there's a little boy on the open windowsill of the 9th floor, nobody with him")]
    public void A_child_outside_or_on_an_open_window_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);
}
