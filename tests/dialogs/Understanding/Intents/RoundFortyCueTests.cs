using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-40 tuning added, from the lifts and corridors, money told with feeling, forwarded messages and
/// kitchen knowledge: danger passed on in quotation marks from a voice note, a message or a screenshot is the report; a
/// leg caught ("卡着") and not coming out; a lock tried again and again with the one who tried it still at the door; and,
/// as context, knowledge asked in a form no report takes ("…为什么那么危险", "…的急救", "哪个更严重") reports nothing, and "如过" (a slip for 如果) supposes. None
/// of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFortyCueTests
{
    [Theory]
    [InlineData("楼下阿姨发语音叫我转给你们：“3栋电梯里有个小孩被关住了，一直在哭”")]
    [InlineData("你看这个截图，我儿子刚发的“爸爸家里好大烟 我出不去”，2栋1单元")]
    [InlineData("电动车道那个坑里掉进去一个老人，脚卡着拔不出来")]
    [InlineData("门锁App一直推送有人试开，猫眼看到那个人还站在我家门口")]
    public void Danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("小朋友误食干燥剂为什么那么危险")]
    [InlineData("老人吃年糕噎住的急救方法")]
    [InlineData("油烫伤和蒸汽烫伤哪个更严重")]
    [InlineData("他说“着火了”是什么意思，是一首歌吗")]
    [InlineData("如过楼道里突然着火了，应该先做什么")]
    public void Knowledge_and_quotations_that_report_nothing_are_no_emergency(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));
}
