using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 86's misses and the seventy-ninth conversation set's, in sentences of our own: an alarm word denied in English
/// ("not a flood, just a drip") raises nothing.
/// </summary>
public sealed class RoundEightySixCueTests
{
    [Theory]
    [InlineData("The AC in the kids' room drips onto the carpet. Not a flood, just a slow drip. Could someone check it this week?")]
    [InlineData("There's no smoke or anything, the range hood just makes a rattling noise. Can you send someone?")]
    [InlineData("The socket cover in the study is loose, no sparks, it just wobbles. Please fix when convenient.")]
    public void An_alarm_word_denied_in_English_raises_nothing(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.Null(prediction.Cue);
        Assert.DoesNotContain(prediction.Intent, new[] { IntentCode.Emergency, IntentCode.RepairUrgent, IntentCode.PublicUrgent });
    }

    [Theory]
    [InlineData("The bathroom is flooded, water everywhere, please send someone now", IntentCode.RepairUrgent)]
    [InlineData("There is smoke coming from the socket in my kitchen!", IntentCode.Emergency)]
    public void An_alarm_word_said_in_English_still_raises_its_class(string text, string intent) =>
        TrainedClassifier.AssertRaisedByACue(text, intent);
}
