using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("来了两个师傅", "2")]
    [InlineData("一共1千2百户", "1200")]
    [InlineData("小区有3万5千人吗", "35000")]
    [InlineData("1.5万个", "15000")]
    [InlineData("两万零五百个", "20500")]
    [InlineData("五亿个", "500000000")]
    [InlineData("一千零一夜", "1001")]
    [InlineData("第二十三个", "23")]
    [InlineData("八十九点五", "89.5")]
    [InlineData("三分之一的业主", "0.333333")]
    [InlineData("負三", "-3")]
    [InlineData("１２３个", "123")]
    [InlineData("1,200个", "1200")]
    [InlineData("半百的人", "50")]
    public void Numbers_resolve(string message, string expected) =>
        Assert.Equal([expected], Recognize.Values(message, EntityTypes.Number));

    [Theory]
    [InlineData("麻烦看一下")]
    [InlineData("快一点好吗")]
    [InlineData("我们一起去")]
    [InlineData("十分感谢")]
    [InlineData("来了十几个人")]
    [InlineData("几个人")]
    [InlineData("一切正常")]
    [InlineData("四川人")]
    public void Numerals_inside_words_are_not_numbers(string message) =>
        Assert.Empty(Recognize.Values(message, EntityTypes.Number));

    [Theory]
    [InlineData("滞纳金是百分之三十吗", "30")]
    [InlineData("打八折", "80")]
    [InlineData("涨了5%", "5")]
    [InlineData("七五折", "75")]
    [InlineData("只有三成业主交了", "30")]
    [InlineData("千分之五", "0.5")]
    public void Percentages_resolve(string message, string expected) =>
        Assert.Equal([expected], Recognize.Values(message, EntityTypes.Percent));
}
