using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 45's first run and its decontamination led to, in sentences of our own. None of these sentences is
/// an evaluation message.
/// </summary>
public sealed class RoundFortyFiveCueTests
{
    /// <summary>A lift that starts moving before its doors have shut; 管上 typed for 关上 by pinyin input.</summary>
    [Theory]
    [InlineData("坐电梯的时候 门还没关上就开始往上走了")]
    [InlineData("5栋电梯门还没管上就往下走 太危险了")]
    public void A_lift_moving_with_its_doors_open_is_urgent(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    /// <summary>Something that swayed and has been tied down: no longer about to fall.</summary>
    [Theory]
    [InlineData("用绳子把窗框绑在防盗网上了 现在不怎么晃了")]
    [InlineData("拿铁丝捆了一圈，空调外机不太晃了")]
    public void A_loose_thing_made_fast_is_not_urgent(string text) =>
        Assert.NotEqual(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);
}
