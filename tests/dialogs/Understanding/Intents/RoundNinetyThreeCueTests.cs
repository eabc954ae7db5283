using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 93's misses, in sentences of our own: a stage or an open-air film in the estate's square is a place, not showbiz
/// or fiction, so danger there is danger; carbon monoxide rising told in English, a glazier leaning out with no rope, a
/// gas cylinder hissing — emergencies. A singer's "stage" and a film's plot stay chat.
/// </summary>
public sealed class RoundNinetyThreeCueTests
{
    [Theory]
    [InlineData("广场上搭的舞台塌了一角，压到两个人，有一个腿在流血")]
    [InlineData("中秋晚会舞台后面的配电箱在冒烟")]
    [InlineData("Our CO alarm readings keep going up, now 90 ppm, my wife feels dizzy")]
    [InlineData("对面楼有个装玻璃的师傅半个身子探在外面，没有系安全带")]
    [InlineData("楼道里那个液化气罐阀门松了，呲呲地往外漏")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("她昨晚的舞台表现太好了，唱哭我了")]
    [InlineData("那部电影里消防员被烧伤的镜头太真实了")]
    [InlineData("液化气罐多久要检测一次")]
    public void Showbiz_fiction_and_questions_raise_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
