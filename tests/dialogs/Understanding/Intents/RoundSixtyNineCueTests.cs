using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 69's first run led to, in sentences of our own, with the near misses beside them. None of these
/// sentences is an evaluation message. A fast class must rest on a cue, so the dialogs dispatch without the one-tap
/// confirmation.
/// </summary>
public sealed class RoundSixtyNineCueTests
{
    [Theory]
    [InlineData("楼顶有两个高中生站在女儿墙上拍照，3栋")]
    [InlineData("有个小伙子骑在天台护栏上打电话，快派人")]
    public void People_on_a_roofs_parapet_or_railing_are_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("天台的女儿墙有一段裂了，能不能安排人看看")]
    public void A_cracked_parapet_reported_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("卧室那道裂缝越来越大，刚刚又掉下来好几块灰，一直咔咔响")]
    public void A_crack_widening_with_pieces_falling_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("客厅墙上有条细缝，好像比去年长了一点，什么时候能来看看")]
    public void A_hairline_crack_to_look_at_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("滑梯侧面的钉子露出来了，小朋友还在上面爬")]
    public void Something_sharp_sticking_out_where_children_still_play_is_an_urgent_public_matter(string text)
    {
        // The cue asks for the 10-minute public class; the model may read it faster still (an emergency to confirm).
        Assert.Equal(CueKind.UrgentPublic, SafetyCues.Find(text)?.Kind);
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));
    }

    [Theory]
    [InlineData("滑梯侧面有颗螺丝松了，有空来拧一下")]
    public void A_loose_screw_on_the_slide_is_no_urgent_matter(string text) =>
        Assert.NotEqual(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);
}
