using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the thirty-sixth conversation set and round 43's retraining showed, as classes, in sentences of our own (clock:
/// Sunday 2026-11-22 10:00, Asia/Shanghai): a question asked before a request in one message is answered and the request
/// gathered, with no menu between them; a question asked beside a statement at "anything to add?" is answered from what
/// it asks, not from the statement around it; a correction made while another question is pending is said back.
/// </summary>
public sealed class RoundFortyOneChatTests
{
    [Fact]
    public async Task A_question_before_a_request_is_answered_and_the_request_gathered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好，我刚收房，想问下装修要办什么手续？另外卫生间地漏下水有点慢，能找师傅来看看吗？")
            .AssertReply(reply => Assert.Contains("身份证", reply.Text ?? "", StringComparison.Ordinal))
            .AssertReply(reply => Assert.DoesNotContain("哪一项", reply.Text ?? "", StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_beside_a_statement_is_answered_from_what_it_asks()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("楼上天天电钻，吵得我没法开会").IgnoreReplies()
            .Send("我住3栋1单元1202，吵的是楼上1302").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("你们去说一下吧，一钻就是一上午。对了周末到底几点可以装修？").AssertReply("9:00–12:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_correction_while_another_question_is_pending_is_said_back()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("书房的灯不亮了，3栋1单元1202").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("不对，是2单元").AssertReply("地点已改为3栋2单元1202")
            .StartTestAsync();
    }
}
