using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 86's misses and the seventy-ninth conversation set's, in sentences of our own: an alarm word denied in English
/// ("not a flood, just a drip") raises nothing; smoke whose everyday source the owner cannot tell ("不确定是不是在做饭") is
/// still smoke.
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

    [Theory]
    [InlineData("楼下那户的阳台一直在往外冒烟，我也不确定是不是他们在烧烤")]
    [InlineData("7栋有个窗户冒烟冒了十几分钟了，不知道是不是在做饭，你们看一下吧")]
    public void Smoke_whose_everyday_source_the_owner_cannot_tell_is_still_smoke(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("楼下那户的阳台一直在往外冒烟，应该是他们在烧烤")]
    [InlineData("隔壁厨房窗户冒烟，在做饭呢，油烟好大")]
    public void Smoke_from_an_everyday_source_the_owner_names_raises_no_emergency_by_a_cue(string text)
    {
        // At most the model's candidate, which the dialogs confirm with one tap before sending anyone.
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.Intent == IntentCode.Emergency && prediction.Cue is not null, $"raised by the cue '{prediction.Cue}'");
    }
}
