using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-32 tuning added, from weather, pets and the shared spaces: someone who cannot get out as
/// water rises (a bedridden parent, a person still in a car), a fall told with a pause before "起不来", someone who
/// slipped and does not respond in English, a loose dog chasing people now; a gate that will not close beside a pool
/// or a road with children about, a ceiling panel hanging in a shared room, a gate barrier beeping without end; and what looks like danger and is not — a
/// flood of years ago, a dog that chases children in play, a child's drill game, a scratch and a vaccine question, a
/// child well again asking about a doctor, a status chase that names the matter. None of these sentences is an
/// evaluation message.
/// </summary>
public sealed class RoundThirtyTwoCueTests
{
    [Theory]
    [InlineData("暴雨灌进一楼，水都淹到腰了，我婆婆卧床动不了，9栋1单元102")]
    [InlineData("地库水越涨越高，那辆白车车里有人没出来")]
    [InlineData("会所楼梯那有个阿姨摔倒了，站不起来，一直喊疼")]
    [InlineData("A man tripped on the stairs of building 2 and hit his head, he's unresponsive")]
    [InlineData("一条大狼狗跑出来了，正在追放学的小朋友")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("泳池边的栏杆门锁不上了，几个小孩能直接跑到池边")]
    [InlineData("大堂的吊顶掉了一半挂着，人来人往的")]
    [InlineData("半夜车库出口的道闸一直嘀嘀响，整栋都听得见")]
    public void A_shared_place_about_to_hurt_a_child_or_a_passer_by_is_public_urgent(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("那年发大水一楼水到腰，瘫痪的老人是邻居背出去的，想想都后怕")]
    [InlineData("我家狗最爱追着小孩玩，不咬人的")]
    [InlineData("娃幼儿园演练回来，天天在家喊救命，笑死")]
    [InlineData("女儿被猫抓了一下，擦破点皮，附近哪里能打疫苗")]
    [InlineData("儿子昨天从滑梯上摔下来，现在没事了，还要去医院拍片吗")]
    [InlineData("车库漏水那个单子谁在跟啊")]
    public void Alarm_words_with_no_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
