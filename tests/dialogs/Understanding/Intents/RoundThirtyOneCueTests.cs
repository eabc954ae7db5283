using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-31 tuning added, from newcomers and the night: a smell like bad eggs in a learner's Chinese,
/// gas told in Japanese or Korean, someone lying still told as "does not move", tiles falling off a wall onto a path, a
/// burglar still in the flat; and "I mean" is no question about what words mean. None of these sentences is an
/// evaluation message.
/// </summary>
public sealed class RoundThirtyOneCueTests
{
    [Theory]
    [InlineData("我是外国人。我的房间有味道，好像坏的鸡蛋，我不舒服")]
    [InlineData("すみません、キッチンでガス漏れしているみたいです、5栋2单元803")]
    [InlineData("부엌에서 가스 냄새가 나요 2栋1单元1203")]
    [InlineData("Hello, an old lady is lying near the gate of building 6. She does not move.")]
    [InlineData("Sorry I mean building 4, glass is falling off the window frame onto the path where people walk")]
    [InlineData("半夜家里进贼了，好像还在阳台没走")]
    public void Danger_told_by_a_newcomer_or_at_night_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_burglary_last_week_is_no_emergency() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("上周我们楼有家进贼了，你们监控查到了吗").Intent);
}
