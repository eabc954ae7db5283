using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-37 tuning added, from health at home and the building's systems told technically: an asthma
/// attack the inhaler does not stop; a transformer box or a control cabinet scorching hot, smelling burnt or sparking;
/// water sprayed or risen onto live switchgear or a charging post; water running down a light that is still on; a
/// snake inside a home; an English lift stopped with "my son is inside"; a neighbour away and someone inside now. None of
/// these sentences is an evaluation message.
/// </summary>
public sealed class RoundThirtySevenCueTests
{
    [Theory]
    [InlineData("我妈哮喘又犯了，喷了两下药也不管用，嘴唇都紫了")]
    [InlineData("3栋旁边那个变压器嗡嗡响，摸着烫手，还有股焦糊味")]
    [InlineData("地下室漏水，水一直往配电柜上流，里面还通着电")]
    [InlineData("卫生间顶上漏水，水从筒灯里滴下来，灯还亮着")]
    [InlineData("有条蛇爬进卧室了，孩子在床上不敢动")]
    [InlineData("The lift in building 2 stopped, my daughter is still inside")]
    [InlineData("My neighbour is away this week but someone is inside the flat now, I can hear them")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("哮喘发作的时候该怎么急救")]
    [InlineData("变压器一般多久检修一次")]
    public void The_same_words_with_no_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
