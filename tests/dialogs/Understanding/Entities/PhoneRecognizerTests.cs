using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

public sealed class PhoneRecognizerTests
{
    [Theory]
    [InlineData("联系我18688889999", "18688889999")]
    [InlineData("手机 186-8888-9999", "18688889999")]
    [InlineData("+86 186 8888 9999", "18688889999")]
    [InlineData("0086-13712345678", "13712345678")]
    [InlineData("座机020-87654321", "02087654321")]
    [InlineData("打010 6228 8559", "01062288559")]
    [InlineData("热线0755-2688 6600转8101", "075526886600")]
    [InlineData("(0755)26886600", "075526886600")]
    [InlineData("客服400-820-8820", "4008208820")]
    [InlineData("幺三八一二三四五六七八", "13812345678")]
    [InlineData("一三九 零零一二 三四五六", "13900123456")]
    [InlineData("燃气公司电话96777", "96777")]
    [InlineData("物业电话26886600", "26886600")]
    [InlineData("１３８１２３４５６７８", "13812345678")]
    public void Phone_numbers_resolve_to_digits(string message, string expected) =>
        Assert.Equal([expected], Recognize.Values(message, EntityTypes.Phone));

    [Fact]
    public void Two_numbers_in_a_row_are_two_phones() =>
        Assert.Equal(["13604779660", "13604770960"], Recognize.Values("13604779660 13604770960", EntityTypes.Phone));

    [Theory]
    [InlineData("订单号20211123456")]
    [InlineData("快递单号 SF1234567890123")]
    [InlineData("押金12345678")]
    [InlineData("我家3栋2单元1202")]
    [InlineData("12345 是验证码")]
    public void Other_digit_strings_are_not_phones(string message) =>
        Assert.Empty(Recognize.Values(message, EntityTypes.Phone));
}
