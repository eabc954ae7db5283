using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Tests.Dialogs.Engine;

public sealed class StoredTextTests
{
    [Theory]
    [InlineData("水管\0爆了", "水管爆了")]
    [InlineData("电话\u202E8765432183\u202C1", "电话87654321831")]
    [InlineData("\u20663栋\u2069\u200F1202\u061C", "3栋1202")]
    [InlineData("铃\u0007声\u001B[31m红\u007F\u0085字", "铃声[31m红字")]
    [InlineData("第一行\r\n第二行\t完", "第一行\n第二行\t完")]
    public void Control_and_bidi_characters_are_removed_and_line_breaks_stay(string text, string stored) =>
        Assert.Equal(stored, StoredText.Clean(text));

    [Fact]
    public void Clean_text_is_returned_as_it_is()
    {
        const string text = "3栋2单元1202卧室的灯泡坏了😀，谢谢！";

        Assert.Same(text, StoredText.Clean(text));
        Assert.Null(StoredText.Clean(null));
    }
}
