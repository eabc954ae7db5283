using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-16 tuning added: danger in the heat, the flood and the storm told by what is seen, and alarm
/// words that only date something else, blame the estate, buy something, ask for an update or joke. None of these
/// sentences is an evaluation message.
/// </summary>
public sealed class RoundSixteenCueTests
{
    [Theory]
    [InlineData("门口有个保安大叔一直吐，脸色发白，站都站不稳")]
    [InlineData("对面楼的老太太躺在阳台地上一动不动")]
    [InlineData("我爸去地库开车半小时了，电话打不通，地库的水已经漫上来了")]
    [InlineData("楼顶广告牌的铁片一直往下甩，下面有人在等车")]
    [InlineData("孩子在滑梯上摔了撞到头，现在说想吐")]
    [InlineData("the elevator stopped between floors with my dad inside")]
    public void Danger_seen_in_the_heat_the_flood_and_the_storm_is_an_emergency(string text) =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("停电恢复以后电视就开不了机了")]
    [InlineData("停水你们也没提前通知，我都没存水")]
    [InlineData("隔壁老在楼道里充电瓶车，哪天着火了谁负责")]
    [InlineData("一氧化碳报警器在哪里买比较好")]
    [InlineData("any update on my request about the leaking pipe")]
    [InlineData("着火啦！骗你的，测一下你")]
    public void Alarm_words_that_date_blame_buy_ask_or_joke_raise_nothing(string text) =>
        Assert.Null(SafetyCues.Find(text));
}
