using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The one class the round-44 first run led to this session: a cry for people before the fire ("快来人 起火了") is no
/// figure of the writer's own anger ("我整个人都要起火了"). None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFortyFourCueTests
{
    [Theory]
    [InlineData("快来人 着火了")]
    [InlineData("快叫人啊 厨房起火了")]
    public void A_cry_for_people_before_a_fire_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("气死我了 我整个人都要着火了")]
    [InlineData("我已经 on fire 了")]
    public void The_writers_own_anger_is_no_fire(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
