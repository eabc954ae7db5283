using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 103's classes, in sentences of our own: whether something that keeps going on is normal is a report (sparks and
/// flashes in a meter box), a question about what a sign means is not; a gas joint bubbling under soapy water, and a gas
/// fitting blamed for a room full of its smell, are emergencies; a question of law, or advice for a friend somewhere else,
/// pages nobody — the same words about someone in the writer's home still do.
/// </summary>
public sealed class RoundHundredThreeCueTests
{
    [Theory]
    [InlineData("配电箱里一直噼里啪啦响还有火光，这正常吗")]
    [InlineData("用洗洁精水抹了一下煤气阀门，一直在冒泡")]
    [InlineData("我估计是天然气软管老化了，整个屋子都是那个味")]
    public void Danger_told_as_a_question_or_a_diagnosis_is_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Fact]
    public void What_a_sign_means_asked_alone_is_no_emergency() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("燃气灶火苗有点发红正常吗").Intent);

    [Theory]
    [InlineData("我表哥在厂里干活被机器压伤了手 老板不管 他该怎么办")]
    [InlineData("开车撞了人私了以后对方反悔怎么办")]
    [InlineData("商场着火的那个案子 老板判了几年")]
    [InlineData("我同学被人打了 对方有背景 我该劝她怎么做")]
    public void A_question_of_law_or_advice_for_someone_elsewhere_pages_nobody(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void A_friend_collapsed_in_the_writers_home_is_an_emergency() =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify("我朋友在我家晕倒了叫不醒，我该怎么办").Intent);
}
