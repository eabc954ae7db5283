using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the nineteenth and twentieth fresh conversation sets found, as classes, in sentences of our own: a flat and four
/// digits after it bind; of two numbers, the one the owner says to call first is kept.
/// </summary>
public sealed class RoundTwentySixChatTests
{
    [Fact]
    public async Task A_flat_and_four_digits_after_it_bind_in_one_message()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5);
        await host.Flow()
            .Send("卫生间的灯不亮了，帮我换一下").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}，{lastFour}").AssertReply("已为您绑定")
            .StartTestAsync();
    }

    [Fact]
    public async Task Of_two_numbers_the_one_to_call_first_is_kept()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2);
        await host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("阳台推拉门变形了推不动，想找人来看看").IgnoreReplies()
            .Send("后天上午十点，我的13926471085，我老公的13688130742，白天先打我老公那个").AssertReply("136****0742")
            .StartTestAsync();
    }
}
