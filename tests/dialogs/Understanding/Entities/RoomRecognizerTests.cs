using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

public sealed class RoomRecognizerTests
{
    [Theory]
    [InlineData("我是4栋1单元2301的业主", "4-1-2301")]
    [InlineData("2号楼1单元502室 卫生间堵了", "2-1-502")]
    [InlineData("地址 6幢2单元 1504", "6-2-1504")]
    [InlineData("八栋二单元四零二 阳台漏水", "8-2-402")]
    [InlineData("一栋一单元一五零一", "1-1-1501")]
    [InlineData("住在十二栋一单元一千二百零一", "12-1-1201")]
    [InlineData("4-2-0603 的灯坏了", "4-2-603")]
    [InlineData("我家2-1603 没水了", "2--1603")]
    [InlineData("6栋3201门口有垃圾", "6--3201")]
    [InlineData("3号楼2单元0101", "3-2-101")]
    [InlineData("三号楼一单元十二零四", "3-1-1204")]
    [InlineData("s112 的招牌", "S112")]
    [InlineData("商铺 107 门口被占了", "S107")]
    [InlineData("5座1单元803房", "5-1-803")]
    [InlineData("我是3栋的 2单元1504 卫生间漏水", "3-2-1504")]
    [InlineData("我家在4栋 26楼 02户", "4--2602")]
    [InlineData("二栋一单元二十楼零三 窗户关不上", "2-1-2003")]
    [InlineData("我住在8棟1單元301號", "8-1-301")]
    [InlineData("3号2单元1202 漏水", "3-2-1202")]
    [InlineData("3栋2-1202 水管漏了", "3-2-1202")]
    [InlineData("我是5栋2单元的 房号2301", "5-2-2301")]
    [InlineData("6#1单元1203号房", "6-1-1203")]
    [InlineData("我妈住5动1单元902 洋方那种", "5-1-902")]
    [InlineData("我们是6栋1单元，我家是2103", "6-1-2103")]
    [InlineData("五栋一单元，二十三楼，2305，快来人", "5-1-2305")]
    [InlineData("4栋2单元 9楼 902", "4-2-902")]
    public void Addresses_resolve(string message, string expected) =>
        Assert.Equal([expected], Recognize.Values(message, EntityTypes.Room));

    [Fact]
    public void Rooms_listed_after_an_address_share_its_building_and_unit() =>
        Assert.Equal(["3-2-1202", "3-2-1203"], Recognize.Values("3栋2单元1202和1203都漏水", EntityTypes.Room));

    [Theory]
    [InlineData("电梯坏了 我家住28楼")]
    [InlineData("3栋1单元32楼 电梯按钮坏了")]
    [InlineData("3号1202点来吧")]
    [InlineData("3栋电梯又停了")]
    [InlineData("2单元门禁坏了")]
    [InlineData("交了1202元")]
    [InlineData("订单号A2021071102")]
    [InlineData("50-100元之间")]
    [InlineData("3-5天能修好吗")]
    [InlineData("楼上1502一动1202就响")]
    [InlineData("6栋1单元，18楼，1702那家在吵")]
    [InlineData("3栋1单元，我是新来的保洁")]
    public void Non_addresses_are_not_rooms(string message) =>
        Assert.Empty(Recognize.Values(message, EntityTypes.Room));

    [Theory]
    [InlineData("3栋2单元1202", false)]
    [InlineData("7栋1单元602", false)]
    [InlineData("7栋1单元1202", true)]
    [InlineData("9栋3单元301", true)]
    [InlineData("12栋1单元301", true)]
    [InlineData("1栋1单元3305", true)]
    [InlineData("S120", false)]
    [InlineData("S121", true)]
    public void Unknown_rooms_are_flagged_not_dropped(string message, bool notInEstate)
    {
        RecognizedEntity room = Assert.Single(Recognize.All(message), e => e.Type == EntityTypes.Room);
        Assert.Equal(notInEstate, room.NotInEstate);
    }
}
