using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What to do, asked in an open emergency for someone who cannot get up by the lift, is the injury advice (call 120), not
/// the lift's; "稍等，我下楼去看看" is no place; whether a caller in a company's name is genuine is answered with how to check.
/// </summary>
public sealed class RoundNinetyNineChatTests
{
    [Fact]
    public async Task What_to_do_for_someone_who_cannot_get_up_by_the_lift_is_the_injury_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 1);
        await host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元12楼电梯口，有个老人坐在地上起不来，叫他反应很慢，快来人").IgnoreReplies()
            .Send($"我是{room.DisplayName}的，尾号{lastFour}").IgnoreReplies()
            .Send("我要不要先扶他起来？").AssertReply(reply => Assert.Contains("120", reply.Text))
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task Going_to_look_is_no_place()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("小区路上有个井盖不见了，一个大洞").IgnoreReplies()
            .Send("稍等，我正好下楼去看看").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE location LIKE '%稍等%'"));
    }

    [Fact]
    public async Task Whether_a_caller_in_a_companys_name_is_genuine_is_answered_with_how_to_check()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("有人打电话说是燃气公司的，让我先转200块换表，你们知道有这回事吗？是不是骗子").AssertReply(reply => Assert.Contains("0755-2688 6600", reply.Text))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
