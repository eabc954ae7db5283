using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the thirty-fourth fresh conversation set found, as classes, in sentences of our own (clock: Sunday 2026-11-22
/// 10:00, Asia/Shanghai): a complaint called off at its restatement with "那就不用了" once someone dealt with it; home
/// broadband answered with the carriers' numbers, and "那我打哪个电话" just after answered with them again; a message of
/// two questions gets both answered; an amount asked with no flat is asked of the flat just named by a writer who lives
/// elsewhere (a daughter paying for her parents).
/// </summary>
public sealed class RoundThirtyNineChatTests
{
    [Fact]
    public async Task A_complaint_called_off_at_its_restatement_once_someone_dealt_with_it_opens_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 2);
        await host.Flow()
            .Send("我们这层的垃圾桶好几天没人倒了，臭得不行，苍蝇到处飞").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("哦刚刚清洁工上来全收走了，那就不用了").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Home_broadband_gets_the_carriers_numbers_and_whom_to_call_gets_them_again()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("家里宽带从早上就断了，光猫上的灯一直闪红色").AssertReply("10000", "10086", "10010")
            .Send("那我应该打哪个电话").AssertReply("10000")
            .Send("那我打哪个电话").AssertReply("10000")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Two_questions_in_one_message_about_the_parents_flat_are_both_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好，我妈一个人住在8栋2单元502，我在外地上班，想替她交物业费").IgnoreReplies()
            .Send("半年要交多少钱？能用微信公众号交吗？").AssertReply("8栋2单元502", "元").AssertReply("公众号")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_fee_followed_up_with_a_second_question_gets_both_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好，我公婆住在7栋2单元602，想问下他们家物业费多少").IgnoreReplies()
            .Send("那一年要交多少钱？能用支付宝交吗？").AssertReply("一年").AssertReply("支付宝")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
