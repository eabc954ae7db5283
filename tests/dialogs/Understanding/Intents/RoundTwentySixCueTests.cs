using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-26 tuning added: danger seen on a camera or pushed by an app, helpers' English, a lift typed
/// 电体. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentySixCueTests
{
    [Theory]
    [InlineData("摄像头里看到我妈倒在地上一动不动，6栋2单元901，快去看看")]
    [InlineData("监控里看到厨房在冒烟，家里没人，4栋1单元1203")]
    [InlineData("天然气探测器一直在响，我人在外地，2栋1单元806")]
    [InlineData("Sir the grandma fell down in kitchen, not moving, 3栋2单元1501")]
    [InlineData("the lift stop between floor, we are two people inside, 4栋")]
    [InlineData("电体卡住了 我和孩子在里面")]
    public void Danger_seen_on_a_camera_pushed_by_an_alarm_or_told_in_helpers_English_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("刷到一个视频里有个人被困在电梯里，好吓人")]
    [InlineData("上午让你们来看燃气报警器那个事，现在处理得怎么样了")]
    public void A_video_seen_online_or_a_chase_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("妹妹从椅子上摔下来了，不哭也不动")]
    [InlineData("我老头倒在卫生间了，扶不起来")]
    [InlineData("小伙子你帮帮我，我一个人在家，心慌得不行，眼前发黑")]
    public void A_fall_then_stillness_a_spouse_down_or_an_old_person_alone_and_failing_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_handle_that_fell_off_and_will_not_turn_is_no_emergency() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("厨房柜门的拉手掉下来了，螺丝也拧不动").Intent);

    [Theory]
    [InlineData("线上服务挂了，数据库连不上，急急急")]
    [InlineData("我的电脑又蓝屏死机了，鼠标都动不了")]
    public void A_computers_trouble_in_alarm_words_is_not_about_the_estate(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);
}
