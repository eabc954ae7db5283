using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-25 tuning added: danger told in English, English past and chases, who pays asked. None of these
/// sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentyFiveCueTests
{
    [Theory]
    [InlineData("my 4 year old shut himself in the toilet and now he's gone quiet, 2-1-1203")]
    [InlineData("there's a little girl sitting on the window ledge of a flat on the 20th floor of block 5!!")]
    [InlineData("my mum collapsed in the kitchen and is not breathing properly, 3-2-0801")]
    [InlineData("a man waving a knife at people by the south gate right now")]
    [InlineData("thick smoke pouring out of the garage vent next to building 4")]
    [InlineData("a big chunk of render just fell off building 2 and nearly hit a kid on a scooter")]
    [InlineData("water running down the wall onto the sockets in the hallway and they're sparking")]
    [InlineData("we called 120 for my grandfather, please have security guide the ambulance to 8栋")]
    public void Danger_told_in_English_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("what should I do if my baby is choking?")]
    [InlineData("the kids burnt the toast and set off the alarm, all fine now, no worries")]
    [InlineData("the heating pipe burst last week, what was the cause?")]
    public void A_supposition_or_a_past_event_told_in_English_is_no_emergency(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Fact]
    public void A_blocked_loo_told_in_English_is_urgent() =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify("our only toilet is completely blocked, flat 1203 block 6").Intent));

    [Theory]
    [InlineData("上次楼上漏水把我家墙泡了，这种情况是楼上赔还是物业赔？")]
    [InlineData("厨房被水泡过一次，空着没住的这几个月物业费能打折吗")]
    public void Who_pays_for_what_happened_is_asked_not_reported(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Fact]
    public void A_cut_in_English_reported_earlier_and_asked_after_is_a_status_question() =>
        Assert.Equal(IntentCode.TicketStatus, TrainedClassifier.Classify("I reported the leaking pipe under the basin yesterday, any news on when the plumber is coming?").Intent);

    [Fact]
    public void A_leg_cut_open_and_bleeding_a_lot_is_an_emergency() =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify("我爸在车库被铁皮把腿划开了，流了好多血").Intent);

    [Fact]
    public void A_shop_named_by_its_number_whose_fumes_come_in_is_a_neighbour_complaint() =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify("S112烧烤店的油烟全飘进我家客厅了").Intent);
}
