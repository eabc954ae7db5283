using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-21 tuning added (water, gas and electricity at home; the shared places; an alarm told after a
/// question). None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentyOneCueTests
{
    [Theory]
    [InlineData("阳台洗衣机的水漫了一地，已经淹到墙角的插座了")]
    [InlineData("我婆婆开了煤气灶没打着火就走开了，现在家里满屋都是味")]
    [InlineData("我爸刚才说头晕，现在人已经迷迷糊糊的，叫他也不太应")]
    [InlineData("想问下这个月水费怎么算的……哎呀糟了，锅里的油着火了！")]
    public void Danger_at_home_told_plainly_or_after_a_question_is_an_emergency(string text)
    {
        var reading = TrainedClassifier.Classify(text);
        Assert.Equal(IntentCode.Emergency, reading.Intent);
        Assert.NotNull(reading.Cue);
    }

    [Theory]
    [InlineData("6栋旁边的小路上井口盖子没了，晚上黑漆漆的")]
    [InlineData("南门那块松动的地砖还没修，今天又差点绊倒一个老太太")]
    public void An_open_well_or_a_stone_tripping_people_now_is_urgent_in_a_shared_place(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("家里漏水都修好了，就是插座那面墙有点水印")]
    [InlineData("燃气灶打不着火，闻了一下也没有味道")]
    [InlineData("上个月地砖松了我差点摔倒，后来你们修好了，谢谢")]
    public void The_same_words_without_danger_now_raise_nothing(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("这周的日程直接爆炸，周五前要交三份报告")]
    [InlineData("双十一过完荷包大出血")]
    [InlineData("看到这个月的房租我差点晕倒")]
    [InlineData("爬完山腿酸得像被卡车碾过一样")]
    [InlineData("等公交晒得快冒烟了")]
    public void A_list_a_wallet_or_the_sun_told_in_alarm_words_is_no_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Theory]
    [InlineData("3栋楼道里的电箱爆炸了，全是烟")]
    [InlineData("我爸在小区门口晒得晕倒了，叫不醒")]
    public void The_same_words_about_the_estate_or_a_person_still_count(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
