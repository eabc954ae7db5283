using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-14 and round-15 tuning added: danger that was missed (a stroke told by its signs, fumes
/// sickness and someone lying still told in English, fire spreading, an intruder seen on a camera, things thrown across
/// an exclamation), and alarm words that report nothing (games, stories to continue, feelings, product reviews,
/// insurance, a screen, an errand's reason, an alarm with no fire). None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFifteenCueTests
{
    [Theory]
    [InlineData("我妈视频的时候说话突然含糊不清，嘴也有点歪")]
    [InlineData("外公讲着讲着电话就没声了，再打也不接")]
    [InlineData("my dad is dizzy and keeps throwing up, the gas heater has been on all night")]
    [InlineData("an old lady is lying in the car park and not moving")]
    [InlineData("垃圾桶的火苗窜到旁边的电动车上了")]
    [InlineData("手机收到监控提醒，家里有个陌生人在卧室走来走去，我们都在外地")]
    [InlineData("8楼又往下扔酒瓶！差点砸到楼下的老人")]
    public void Danger_the_earlier_rounds_missed_is_an_emergency(string text) =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("我的世界里苦力怕爆炸会炸掉多大一块")]
    [InlineData("续写：地铁突然停电，车厢里一片漆黑")]
    [InlineData("股票跌成这样，我的心都在滴血")]
    [InlineData("开了一天会，脑子都要冒烟了")]
    [InlineData("这款电热毯评论说有人用着冒烟了，还敢买吗")]
    [InlineData("车库被水淹了车主自己的车险赔不赔")]
    [InlineData("what caused the Grenfell tower fire")]
    [InlineData("楼上电视里一直在喊救命，都十二点了还开那么大声")]
    [InlineData("我脚扭伤了，能帮我把快递拿上楼吗")]
    [InlineData("火警铃半夜乱响了一阵，其实没有火")]
    [InlineData("I fixed it myself, the knob fell off again")]
    public void Alarm_words_that_report_no_danger_raise_no_emergency(string text) =>
        Assert.NotEqual(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("fire extinguisher on our floor has expired, please replace it")]
    [InlineData("帮我接着写：巨龙从山洞里冒着烟飞出来")]
    public void A_fast_class_read_into_safety_kit_upkeep_or_a_writing_task_is_dropped(string text) =>
        Assert.True(CueContext.IsNotLiteral(text));
}
