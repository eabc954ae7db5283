using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A booking's day said in English ("Wednesday 2pm"), then moved ("can we move it to Thursday, same time?"), keeps
/// the hour agreed; "same" holds no "am". Our own sentences, through the chat with the real classifier (clock: Sunday
/// 2026-11-22 10:00, Asia/Shanghai).
/// </summary>
public sealed class EnglishWeekdaysChatTests
{
    [Theory]
    [InlineData("Could you move it to Thursday, same time?")]
    [InlineData("能改到周四吗？时间不变")]
    public async Task A_booking_moved_to_another_weekday_keeps_its_hour(string move)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("I'd like to book a cleaner for 2栋1单元2303").AssertReply("后四位")
            .Send("skip").AssertReply("什么时间")
            .Send("Wednesday 2pm please, mostly the kitchen").AssertReply("联系电话")
            .Send("13912345678").AssertReply("11月25日14:00")
            .Send(move).AssertReply("11月26日14:00")
            .Send("yes").AssertReply("工单号")
            .StartTestAsync();

        var thursdayTwo = new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND appointment_at = {thursdayTwo}"));
        // "skip" and "please" are no details of the booking; the kitchen is.
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE description LIKE '%kitchen%' AND description NOT LIKE '%skip%' AND description NOT LIKE '%please%'"));
    }

    [Fact]
    public async Task Next_weekday_with_a_part_of_the_day_is_read_in_English()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("I'd like to book a cleaner for 2栋1单元2303").AssertReply("后四位")
            .Send("skip").AssertReply("什么时间")
            .Send("next Friday at 10 in the morning").AssertReply("联系电话")
            .Send("13912345678").AssertReply("11月27日10:00")
            .StartTestAsync();
    }
}
