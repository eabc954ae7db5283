using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// Fee questions in English, and their follow-ups, computed for the flat named first (real classifier and handbook;
/// clock: Sunday 2026-11-22 10:00). None of these sentences is from a conversation set.
/// </summary>
public sealed class EnglishFeeFollowUpChatTests
{
    [Fact]
    public async Task A_yearly_fee_asked_in_English_is_computed_for_twelve_months_and_the_discount_follow_up_keeps_the_flat()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Hello, what is the annual property fee for 2-1-1501, including the lift fee?").AssertReply("一年", "12 个月")
            .Send("Thanks. Any discount if we pay it all upfront?").AssertReply("95%", "2栋1单元1501")
            .Send("So what is the total after the discount?").AssertReply("95%", "2栋1单元1501")
            .StartTestAsync();
    }
}
