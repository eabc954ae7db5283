using ConciergeBot.Dialogs.Understanding.Entities.Phone;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("联系电话 13812345678", "联系电话 138****5678")]
    [InlineData("打138-1234-5678找我", "打138****5678找我")]
    [InlineData("手机+86 138 1234 5678，谢谢", "手机138****5678，谢谢")]
    [InlineData("电话一三八一二三四五六七八", "电话138****5678")]
    [InlineData("号码１３８１２３４５６７８", "号码138****5678")]
    [InlineData("座机0755-26886600", "座机0755-****6600")]
    [InlineData("家里电话010 12345678", "家里电话010-****5678")]
    [InlineData("打电话26886600", "打电话****6600")]
    [InlineData("水管爆了，13812345678，13987654321都可以", "水管爆了，138****5678，139****4321都可以")]
    public void Personal_numbers_keep_only_what_identifies_them_to_the_owner(string text, string masked) =>
        Assert.Equal(masked, PhoneMask.Mask(text));

    [Theory]
    [InlineData("3栋2单元1202卧室的灯泡坏了")]
    [InlineData("工单20261202-0001（维修，3栋1202）：物业费4838.40元")]
    [InlineData("请拨打热线400-820-8820或96777，着火打119")]
    [InlineData("已付2000元押金，面积128.5平米")]
    [InlineData("138****5678")]
    public void Service_lines_and_other_numbers_stay_as_they_are(string text) =>
        Assert.Equal(text, PhoneMask.Mask(text));

    [Fact]
    public void Shortening_never_cuts_a_number_in_half()
    {
        var description = "卫生间漏水很严重，联系电话 13812345678";

        var cut = PhoneMask.Shorten(description, 20);

        Assert.Equal("卫生间漏水很严重，联系电话…", cut);
        Assert.Equal(description, PhoneMask.Shorten(description, description.Length));
        Assert.Equal("卫生间漏水…", PhoneMask.Shorten(description, 5));
    }
}
