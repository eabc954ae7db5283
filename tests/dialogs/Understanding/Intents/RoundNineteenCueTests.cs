using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-19 tuning and the twelfth conversation set added. None of these sentences is an evaluation
/// message.
/// </summary>
public sealed class RoundNineteenCueTests
{
    [Theory]
    [InlineData("我要投诉，上周说好周三上午派人来修空调，结果一直没人来，电话也没人接")]
    [InlineData("约好昨天下午来通下水道，我请了半天假在家等，一个人都没来，这叫什么服务")]
    public void A_visit_promised_and_never_made_with_nobody_named_is_an_other_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintOther, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("孙强第三次答应上门又放我鸽子，我要投诉他")]
    [InlineData("那个姓黄的师傅说好来又不来，打他电话还凶我")]
    public void A_named_member_of_staff_who_did_not_come_stays_a_staff_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintStaff, TrainedClassifier.Classify(text).Intent);
}
