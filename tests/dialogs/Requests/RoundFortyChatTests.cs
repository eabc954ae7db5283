using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What round 42's retraining showed, as classes, in sentences of our own (clock: Sunday 2026-11-22 10:00,
/// Asia/Shanghai): a service asked for in so many words ("帮我安排一下") needs no menu however the model splits the
/// message; a supposed cut asked about ("如果…会不会提前通知") is answered, not offered as an urgent repair.
/// </summary>
public sealed class RoundFortyChatTests
{
    [Fact]
    public async Task A_service_asked_for_in_so_many_words_gets_no_menu()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("地下车位一个月租金多少").IgnoreReplies()
            .Send("好，那我租一个，按季度交，帮我安排一下吧").AssertReply("哪一户")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_supposed_cut_asked_about_is_answered_without_a_menu()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("现在没事，我先问问。另外要是小区计划停电的话，会不会提前通知？").AssertReply("提前24小时")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
