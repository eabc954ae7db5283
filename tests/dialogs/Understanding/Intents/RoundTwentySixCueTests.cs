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
}
