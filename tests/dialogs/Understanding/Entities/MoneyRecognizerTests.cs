using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

public sealed class MoneyRecognizerTests
{
    [Theory]
    [InlineData("换锁芯收了50元", "50")]
    [InlineData("一共三百二十块", "320")]
    [InlineData("花了八十块钱", "80")]
    [InlineData("电费一块二一度吗", "1.2")]
    [InlineData("找我三块五毛", "3.5")]
    [InlineData("才五毛钱", "0.5")]
    [InlineData("5元3角2分", "5.32")]
    [InlineData("押金¥2,000", "2000")]
    [InlineData("￥１２００", "1200")]
    [InlineData("人民币500元", "500")]
    [InlineData("rmb300", "300")]
    [InlineData("装修花了10w", "100000")]
    [InlineData("维修基金2.5万元", "25000")]
    [InlineData("兩百塊", "200")]
    [InlineData("收了我一千二百五十元整", "1250")]
    [InlineData("水费一个月七十多块", "70")]
    [InlineData("我家143平 物业费3.2一平", "3.2")]
    [InlineData("能不能便宜点 1500怎么样", "1500")]
    [InlineData("保洁4小时 100块以内", "100")]
    [InlineData("楼上漏水 损失大概5千", "5000")]
    [InlineData("这个月水费38块6毛", "38.6")]
    [InlineData("1千2的空调 装上就坏了", "1200")]
    public void Amounts_with_a_currency_resolve(string message, string expected) =>
        Assert.Equal([expected], Recognize.Values(message, EntityTypes.Money));

    [Theory]
    [InlineData("停车费每月300-500元", "300", "500")]
    [InlineData("预算3000到5000块", "3000", "5000")]
    [InlineData("物业费交了1500 停车费又交了900", "1500", "900")]
    [InlineData("停车费一个月三百 一年三千三", "300", "3300")]
    [InlineData("上个月账单是356.8 这个月怎么变成412.5了", "356.8", "412.5")]
    public void Ranges_and_fee_talk_give_every_amount(string message, string first, string second) =>
        Assert.Equal([first, second], Recognize.Values(message, EntityTypes.Money));

    [Theory]
    [InlineData("一块蛋糕掉地上了")]
    [InlineData("地上有两块瓷砖松了")]
    [InlineData("五角大楼")]
    [InlineData("我家有3个孩子 2条狗")]
    [InlineData("电梯坏了 我家住28楼")]
    [InlineData("物业费怎么交 我住1202")]
    [InlineData("3栋2单元1202 交物业费")]
    [InlineData("上次交费是3月5号")]
    [InlineData("钱的问题先不说 我今年65了")]
    [InlineData("缴费码是多少 我家是1202")]
    [InlineData("物业费交了 我的户号是123456")]
    [InlineData("我家1栋2单元1801 面积128")]
    [InlineData("交了钱还不给修 已经3次了")]
    public void Counts_floors_and_rooms_are_not_money(string message) =>
        Assert.Empty(Recognize.Values(message, EntityTypes.Money));
}
