using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// After an emergency is registered, a name and a number to call ("我姓周，电话13812349876，到了给我打电话") reach the ticket
/// as its contact — and a corrected number replaces it — instead of opening a new matter; the number of a public service
/// the owner called (120) is never the call-back number. Our own sentences, through the chat with the real classifier.
/// </summary>
public sealed class ContactAfterDispatchChatTests
{
    [Fact]
    public async Task A_number_sent_after_an_emergency_is_its_contact_and_a_correction_replaces_it()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("快来人，我妈在小区花园的凉亭那边晕倒了，叫不醒").AssertReply("工单号")
            .Send("我已经打了120，救护车在路上")
            .Send("没有了")
            .Send("我姓周，电话13812349876，你们到了直接打我电话")
            .Send("不好意思号码写错了，是13812349867")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND contact = '13812349867' AND location LIKE '%凉亭%'"));
    }
}
