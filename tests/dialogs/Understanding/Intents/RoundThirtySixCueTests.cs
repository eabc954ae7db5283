using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-36 tuning added, from festivals, new owners and night workers: something that has caught
/// alight ("窗帘着了"); a child who pushed a finger or a key into a socket; a door found open with someone maybe still
/// inside; a gas-filled flat found on coming home from overtime ("加班回来" is no mood, "一开门" is home); a power cut
/// told with a work deadline ("代码" at home is no programming question). A sketch on TV, a fire-alarm number asked
/// about, a simile ("像爆炸现场"), sparkling water and a lesson planned for a child raise nothing. None of these
/// sentences is an evaluation message.
/// </summary>
public sealed class RoundThirtySixCueTests
{
    [Theory]
    [InlineData("对面放烟花掉到我家阳台上，晾的衣服着了")]
    [InlineData("我女儿拿发卡往插座里捅，被电了一下，一直在哭")]
    [InlineData("出差回来发现家门开着，里面有声音，我不敢进去")]
    [InlineData("加班回来一开门一股煤气味，怎么办")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_power_cut_at_home_told_with_a_work_deadline_is_urgent() =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify("半夜我家突然停电了，我还在赶代码，电脑快没电了").Intent);

    [Theory]
    [InlineData("昨晚相声里那段着火了的包袱太好笑了")]
    [InlineData("小朋友问急救电话和火警电话有什么区别")]
    [InlineData("我家厨房被我弄得像车祸现场")]
    [InlineData("气泡水机哪个牌子好")]
    [InlineData("地震来了怎么办，想先教孩子自救方法")]
    public void Alarm_words_with_no_danger_now_are_no_fast_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));
}
