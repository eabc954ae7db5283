using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A repair visit promised and never made, told by an owner who has said which flat is theirs: a complaint about the
/// service (not a status question), placed at the owner's home without asking where. Our own sentences, through the chat
/// with the real classifier.
/// </summary>
public sealed class ServiceNotDeliveredChatTests
{
    [Fact]
    public async Task A_visit_that_never_came_is_a_complaint_at_the_owners_home()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好，我是2栋2单元1902的业主").AssertReply("2栋2单元1902")
            .Send("上礼拜报修厨房水龙头，说好周六上午师傅上门，我在家等了一整个上午人影都没有，打电话也没人回").AssertReply("联系电话")
            .Send("13912345678").AssertReply("其他投诉", "2栋2单元1902")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.other' AND building = 2 AND unit = 2 AND room = '1902'"));
    }
}
