using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

public sealed class EntityRecognizerTests
{
    [Theory]
    [InlineData("3栋2单元1202 电话13812345678 两个人", "room=3-2-1202 phone=13812345678 number=2")]
    [InlineData("我家128平 收了我4838.4", "area=128 money=4838.4")]
    [InlineData("车位1.5万元 我在9栋1单元201", "money=15000 room=9-1-201")]
    [InlineData("好的 收到", "")]
    [InlineData("", "")]
    public void Entities_come_in_order_and_do_not_overlap(string message, string expected) =>
        Assert.Equal(expected, Recognize.Describe(message));

    [Fact]
    public void Entities_point_at_their_text()
    {
        const string message = "停电两个小时了 1栋1单元2503 押金2000";
        foreach (RecognizedEntity entity in Recognize.All(message))
        {
            Assert.Equal(entity.Text, message.Substring(entity.Start, entity.Length));
        }
    }
}
