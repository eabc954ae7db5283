using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 52's first run led to (water heaters; roofs, top floors and basements; owners in strong emotion;
/// celebrity gossip in the general domain), and what the round's retraining showed (a near miss on the road, a love line,
/// a lift everyone got out of, in English), in sentences of our own. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFiftyTwoCueTests
{
    [Theory]
    [InlineData("我女儿刚才洗澡摸到热水器的开关手麻了一下，现在还在用吗")]
    [InlineData("淋浴的时候水龙头有点麻手，像是漏电")]
    [InlineData("储水式热水器的内胆鼓包了，一直在滋滋响")]
    [InlineData("外婆在卫生间晕倒了，现在醒过来了但是说话不清楚")]
    [InlineData("有个小孩爬到5栋的屋顶上下不来了，脚下的瓦在往下滑")]
    [InlineData("对面楼顶有个人坐在女儿墙上，腿悬在外面晃来晃去")]
    [InlineData("负二层的水已经淹到大腿了，还有人困在车里出不来")]
    [InlineData("楼下那家又在打孩子，孩子一直在喊救命")]
    [InlineData("公交车门卡住了一个学生的衣服，车还在开")]
    public void Danger_now_in_this_rounds_words_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("哪个女团成员在舞台上晕倒了")]
    [InlineData("那个综艺里厨房着火是第几季")]
    [InlineData("偶像一出场我直接心脏骤停了")]
    [InlineData("快打119吧我的心被你点着了")]
    [InlineData("外卖车在小区门口开那么快，差点撞到我")]
    [InlineData("the lift jerked and stopped between floors, we all got out already, can you check it")]
    public void The_same_words_without_danger_here_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("楼上有人扔下来一个啤酒瓶，就砸在我脚边，差一点砸到我")]
    public void Something_thrown_down_that_only_just_missed_stays_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("Hi, 我是5栋2单元803的业主, the flat is rented out, 我人在北京")]
    [InlineData("你好，我是7栋1单元302的业主，房子租出去了，人在外地")]
    public void Who_is_writing_and_from_where_with_nothing_asked_is_small_talk(string text) =>
        Assert.Equal(IntentCode.Smalltalk, TrainedClassifier.Classify(text).Intent);
}
