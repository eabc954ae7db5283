using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>Where a message moves on to another matter, and where 还有 only tells more of the same one.</summary>
public sealed class RequestSplitterTests
{
    [Theory]
    [InlineData("厨房水管漏水了，还有卫生间的灯也不亮")]
    [InlineData("马桶堵了，另外问一下物业费怎么交")]
    public void A_second_matter_is_split_off(string text) => Assert.NotNull(RequestSplitter.FirstTwo(text));

    [Theory]
    [InlineData("外墙掉了一块瓷砖，上面还有几块翘起来了")]
    [InlineData("阳台玻璃裂了，还有好多碎渣在地上")]
    public void More_of_the_same_matter_is_not_split(string text) => Assert.Null(RequestSplitter.FirstTwo(text));
}
