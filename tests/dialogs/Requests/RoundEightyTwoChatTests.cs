using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the live check after rounds 80 and 81 and the seventy-fifth conversation set showed, as classes, in sentences of
/// our own.
/// </summary>
public sealed class RoundEightyTwoChatTests
{
    [Theory]
    [InlineData("顺便问下一个季度物业费多少？", "1,075.20")]
    [InlineData("对了，她那边一年物业费要多少钱", "4,300.80")]
    public async Task A_fee_amount_asked_after_a_report_at_a_named_flat_is_computed_for_that_flat(string question, string amount)
    {
        // The writer's own flat is unknown; the flat in the report (128㎡ high-rise) is the one the fee is asked of.
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我妈在3栋1单元1202摔倒了，躺在地上起不来").IgnoreReplies()
            .Send("13911112222").IgnoreReplies()
            .Send(question).AssertReply(reply => Assert.Contains(amount, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}
