using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

public sealed class AreaRecognizerTests
{
    [Theory]
    [InlineData("我家165平方米", "165")]
    [InlineData("建筑面积89.5㎡", "89.5")]
    [InlineData("一百零五平米的户型", "105")]
    [InlineData("128 m² 的房子", "128")]
    [InlineData("大概100个平方", "100")]
    [InlineData("我家143平方", "143")]
    [InlineData("建筑面积是128", "128")]
    [InlineData("一百二十八平", "128")]
    public void Areas_resolve(string message, string expected) =>
        Assert.Equal([expected], Recognize.Values(message, EntityTypes.Area));

    [Fact]
    public void An_area_range_gives_both_ends() =>
        Assert.Equal(["80", "100"], Recognize.Values("80-100平的房子物业费多少", EntityTypes.Area));

    [Theory]
    [InlineData("3平台的灯坏了")]
    [InlineData("每平2.8元")]
    [InlineData("平时都没人")]
    [InlineData("500平方公里")]
    public void Other_uses_of_ping_are_not_areas(string message) =>
        Assert.Empty(Recognize.Values(message, EntityTypes.Area));
}
