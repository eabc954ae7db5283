using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the conversations left open after round 62, and round 63's first run led to, in sentences of our own,
/// with the near misses beside them. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundSixtyThreeCueTests
{
    [Theory]
    [InlineData("The lift in building 2 stopped working this morning, nobody is stuck inside, but my dad can't walk down from 20/F")]
    [InlineData("Both elevators in 5栋 are broken since last night. No one trapped in them. Please fix soon, I can't get my stroller down")]
    public void A_lift_down_with_nobody_stuck_inside_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("The lift is stuck between floors and my son is trapped inside, nobody is answering the alarm button")]
    [InlineData("someone is stuck in the lift of 3栋, I can hear him banging")]
    public void Someone_stuck_in_the_lift_stays_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
