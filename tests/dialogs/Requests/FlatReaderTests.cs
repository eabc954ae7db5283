using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>Which flats a message names as a place or a household, and which only as a landmark.</summary>
public sealed class FlatReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    private static IReadOnlyList<FlatMention> Read(string text) => FlatReader.Read(text, new EntityRecognizer().Recognize(text, Now));

    [Theory]
    [InlineData("就在我店门口左边，靠S108那边那个绿色的大桶")]
    [InlineData("3栋2单元1203旁边的消防栓漏水")]
    [InlineData("挨着1502的那个垃圾桶满了")]
    public void A_flat_named_to_show_where_something_is_is_no_place_of_the_matter(string text) =>
        Assert.Empty(Read(text));

    [Theory]
    [InlineData("building 3, unit 2, room 1202", "3栋2单元1202")]
    [InlineData("Building 6 unit 1, 22nd floor, I live in 2203", "6栋1单元2203")]
    [InlineData("block 5 unit 2 floor 9, my flat is 902", "5栋2单元902")]
    public void An_English_address_with_its_floor_and_words_between_is_a_flat(string text, string expected) =>
        Assert.Contains(expected, FlatReader.WithChineseAddresses(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("商铺S108门口的垃圾桶满了", "S108")]
    [InlineData("楼上1302那边一直在吵", null)]
    [InlineData("我住3栋2单元1202", "3-2-1202")]
    public void A_flat_that_is_the_place_or_a_household_is_read(string text, string? key)
    {
        var mention = Assert.Single(Read(text));
        Assert.Equal(key, mention.Key);
    }

    [Theory]
    [InlineData("我住2栋1单元1502，哦不对，是2栋2单元1502", "2-2-1502")]
    [InlineData("我家4栋1单元903，说错了，应该是4栋1单元803", "4-1-803")]
    [InlineData("我住五栋一单元九百零三哦不对是八百零三", "5-1-803")]
    [InlineData("我家6栋2单元1502，说错了，是1602", "6-2-1602")]
    public void A_flat_put_right_in_the_same_message_replaces_the_slip_and_keeps_whose_it_is(string text, string key)
    {
        var mention = Assert.Single(Read(text));
        Assert.Equal(key, mention.Key);
        Assert.Equal(FlatRole.Self, mention.Role);
    }

    [Theory]
    [InlineData("5洞1单元1502", "5栋1单元1502")]
    [InlineData("我家是3动2单元801", "我家是3栋2单元801")]
    [InlineData("山洞2单元", "山洞2单元")]
    [InlineData("东门1单元旁边", "东门1单元旁边")]
    public void A_pinyin_slip_for_the_building_word_is_read_as_building(string text, string read) =>
        Assert.Equal(read, FlatReader.WithChineseAddresses(text));
}
