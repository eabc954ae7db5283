using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Readings the thirty-first conversation set (and the twenty-fifth, after a retraining) found wrong, as classes, in
/// sentences of our own: one of the estate's own staff saying who is writing is small talk, not a complaint against
/// staff; a landlord's word about a tenant moving, with no fault named, sends nobody; "aircon" in a Chinese sentence is
/// the air conditioner.
/// </summary>
public sealed class ConversationSetThirtyOneReadingsTests
{
    [Theory]
    [InlineData("您好，我是东门岗保安小周")]
    [InlineData("我是5栋的保洁刘阿姨")]
    public void A_staff_member_saying_who_is_writing_is_small_talk(string text) =>
        Assert.Equal(IntentCode.Smalltalk, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_staff_member_complaining_is_still_heard() =>
        Assert.Equal(IntentCode.ComplaintStaff, TrainedClassifier.Classify("我是业主，你们东门保安小周对我爸很凶").Intent);

    [Theory]
    [InlineData("Hello, I'm the owner of 6-2-1104 and I rent it out. My tenant moves out next Tuesday.")]
    [InlineData("我是8栋1单元402的房东，房子租出去了，租客月底退租搬走")]
    public void A_landlord_telling_of_a_tenant_moving_sends_nobody(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void An_aircon_dripping_into_the_room_is_a_general_repair() =>
        Assert.Equal(IntentCode.RepairGeneral, TrainedClassifier.Classify("卧室的aircon一直在滴水，应该是管子堵了").Intent);
}
