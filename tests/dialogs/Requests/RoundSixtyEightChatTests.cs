using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the sixty-first conversation set showed, as classes, in sentences of our own: a question whether paying into a
/// personal account is genuine is answered with the only ways to pay; the owner's conclusion asked to be confirmed
/// ("所以是骗子对吧") is a question on that answer, not a greeting; "在哪里交" is where to pay, not when; a fault found this
/// morning after a job done yesterday is happening now.
/// </summary>
public sealed class RoundSixtyEightChatTests
{
    [Fact]
    public async Task Paying_into_a_personal_account_asked_about_is_answered_with_the_only_ways_to_pay()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("楼里群有人发通知说物业费以后打到一个私人账户，这个是真的吗？").AssertReply("个人账户", "翠湖苑服务")
            .Send("那个人头像还是物业的标志，所以是骗子对吧").AssertReply("个人账户")
            .Send("那我物业费到底在哪里交").AssertReply("支付宝")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_greeting_with_nothing_answered_before_still_gets_the_welcome()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("所以你是机器人对吧").AssertReply(reply => Assert.DoesNotContain("依据", reply.Text ?? "", StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_switch_found_hot_this_morning_after_yesterdays_own_job_is_happening_now()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我是4栋1单元602的，昨天自己换了个插座面板，今天早上发现插座发烫，屋里有股烧焦的塑料味").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 4 AND unit = 1 AND room = '602'"));
    }

    [Fact]
    public async Task An_emergency_for_a_person_in_the_flat_next_door_goes_to_that_flat()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我住6栋1单元902，隔壁901的老人早上就没动静了，敲门不应").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 6 AND unit = 1 AND room = '901'"));
    }

    [Fact]
    public async Task An_emergency_at_home_caused_next_door_stays_at_home()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我住6栋1单元902，隔壁901装修把电线打穿了，我家插座在冒火花").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 6 AND unit = 1 AND room = '902'"));
    }
}
