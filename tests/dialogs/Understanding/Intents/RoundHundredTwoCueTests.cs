using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 102's classes, in sentences of our own: owners who compare with another place or an earlier time — what they
/// saw elsewhere does not hide what happens here now (a gas smell that grows after the story, a person who cannot stand
/// after "就是这样"); a lift that jolted and went on, or that everyone got out of, is the standard's lift fault; someone
/// asleep on the lobby sofa is not a sofa on fire; a neighbour's noise told with feeling (烦死了) is still that noise; a
/// spill or a broken step that nearly felled someone is an urgent public repair; a slight drip, a socket without power
/// and "what happened?" asked once it is over page nobody.
/// </summary>
public sealed class RoundHundredTwoCueTests
{
    [Theory]
    [InlineData("以前在老家见过烧炭中毒，就是这样：我妈在浴室待了快一个钟头，喊她只会哼哼，站不起来，热水器是烧燃气的")]
    [InlineData("之前物业培训说燃气泄漏要先关阀门，我现在关了阀门，可是阳台上那股味还是越来越冲")]
    public void What_happens_here_now_after_a_comparison_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("8栋的电梯刚才咣当往下掉了一截又停住，门开了我赶紧出来了，后面还有人在坐")]
    [InlineData("电梯下到一半突然咣当停住，过了几秒又自己动了，现在人都出来了")]
    public void A_lift_that_jolted_and_went_on_is_an_urgent_public_repair(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_lift_someone_is_still_shut_in_stays_an_emergency() =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify("电梯停在两层中间，我出来了，我女儿还被关在里面").Intent);

    [Fact]
    public void Asleep_on_the_lobby_sofa_is_not_a_sofa_on_fire() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("我爸等外卖等到在大堂沙发上睡着了，哈哈，保安还给他盖了件衣服").Intent);

    [Fact]
    public void A_smouldering_sofa_is_still_an_emergency() =>
        TrainedClassifier.AssertRaisedByACue("大堂沙发被烟头烫着了，在冒烟", IntentCode.Emergency);

    [Theory]
    [InlineData("楼上天天半夜跺脚 烦死了")]
    [InlineData("狗叫个不停 烦死了 对门的")]
    public void A_neighbours_noise_told_with_feeling_is_a_neighbour_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("5栋门口的路上洒了一大摊机油，刚才有个送外卖的差点滑倒")]
    [InlineData("地库出口的台阶塌了一块，我妈刚才下楼差一点踩空")]
    public void A_hazard_that_nearly_felled_someone_is_an_urgent_public_repair(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.PublicUrgent);

    [Theory]
    [InlineData("B2那边有根水管在漏水，不大，一滴一滴的")]
    [InlineData("车棚里有个充电插座没电了")]
    [InlineData("送孩子上学的时候看到7栋楼下停着两辆消防车，刚回来一看走了，出啥事了？")]
    public void Nothing_urgent_here_pages_nobody(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void A_socket_without_power_that_smells_burnt_stays_urgent() =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify("卧室插座不通电了，还有一股焦糊味").Intent));
}
