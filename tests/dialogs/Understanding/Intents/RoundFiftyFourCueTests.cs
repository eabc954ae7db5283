using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 54's first run led to (wildlife, insects and stray animals; gates, doors and barriers; domestic
/// helpers writing for their employers; jokes, riddles and idioms in the general domain), and what the round's
/// retraining showed, in sentences of our own. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFiftyFourCueTests
{
    [Theory]
    [InlineData("我们这层有户人家天天把电动车推到楼道里充电，说了也不听")]
    [InlineData("同层有一户人家天天在消防栓前面堆纸箱")]
    public void A_household_on_the_floor_doing_a_nuisance_is_a_neighbour_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("家里墙上发霉，奶奶咳得喘不上气")]
    public void Mould_with_someone_struggling_to_breathe_stays_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
