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
}
