using ConciergeBot.Dialogs.Requests.Slots;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>Public places in owners' words.</summary>
public sealed class PublicPlaceReaderTests
{
    [Theory]
    [InlineData("车位号B1-136，一辆白色SUV，车牌粤B开头", "B1-136")]
    [InlineData("B2-08号车位又被占了", "B2-08号车位")]
    [InlineData("地下车库B1东边电梯口的灯不亮", "地下车库B1东边电梯口")]
    public void A_parking_space_number_is_a_place(string message, string place)
    {
        Assert.Equal(place, PublicPlaceReader.Find(message)?.Location);
    }

    [Theory]
    [InlineData("地库B1靠电梯口那个井盖不见了", "地库B1靠电梯口那个井盖")]
    [InlineData("地库负二层出口的卷帘门卡住了", "地库负二层出口")]
    public void The_garage_called_地库_keeps_its_name_in_the_place(string message, string place)
    {
        Assert.Equal(place, PublicPlaceReader.Find(message)?.Location);
    }

    [Fact]
    public void A_code_that_is_no_space_is_no_place()
    {
        Assert.Null(PublicPlaceReader.Find("AB1-136是我的快递单号尾号"));
    }

    [Theory]
    [InlineData("我现在4栋1单元电梯里出不来了电梯也停住不动了", "4栋1单元电梯")]
    [InlineData("3栋大堂门口被人堆了好多纸箱", "3栋大堂门口")]
    [InlineData("南门这里有个小孩一个人在哭 往停车场那边跑了", "南门")]
    public void The_place_ends_where_the_message_goes_on_to_say_what_happens_there(string message, string place)
    {
        Assert.Equal(place, PublicPlaceReader.Find(message)?.Location);
    }
}
