using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the twenty-eighth fresh conversation set found, as classes, in sentences of our own: a fee asked for someone
/// else's flat is answered at once (no menu) and its follow-ups ("每个月该交多少", "一整年一共多少", "the whole year")
/// keep that flat, whatever the first message said about how to pay; a question about cutting the power after a hot,
/// burning-smelling socket was reported is answered with the electrical safety advice, not the next prompt; the last
/// four digits said inside a sentence ("登记的号码尾数是…") bind the flat, and "尽快" beside someone else's day
/// ("我女儿下午四点才放学") is as soon as possible, not four o'clock.
/// </summary>
public sealed class RoundThirtyThreeChatTests
{
    [Fact]
    public async Task A_fee_asked_for_a_relatives_flat_keeps_that_flat_through_the_follow_ups()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("您好，帮我婆婆问下物业费，她家是8栋1单元301，我自己不住这里").AssertReply("8栋1单元301")
            .Send("我就想知道按标准每个月该交多少，我好用微信帮她交").AssertReply("8栋1单元301")
            .Send("那一整年一共要多少钱").AssertReply("× 12 个月")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task The_whole_year_asked_in_English_after_a_monthly_fee_is_the_year()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("My mum lives in 9栋2单元401, how much is the 物业费 per month?").AssertReply("9栋2单元401")
            .Send("And if she pays for the whole year in one go, any discount?").AssertReply("× 12 个月")
            .StartTestAsync();
    }

    [Fact]
    public async Task Asking_whether_to_cut_the_power_after_a_burning_socket_gets_the_electrical_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(9, unit: 1);
        await host.Flow()
            .Send($"书房的插座摸着发烫，还有股焦糊味，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send("我是不是要先把总闸关掉？").AssertReply("总闸")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task Digits_said_in_a_sentence_bind_and_someone_elses_day_is_no_appointment()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(8, unit: 1);
        await host.Flow()
            .Send("门被风吹上了，钥匙锁在屋里，进不去了").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send($"我用的是朋友的手机，登记的号码尾数是{lastFour}").AssertReply("已为您绑定").IgnoreReplies()
            .Send("麻烦尽快派人来开门，我儿子下午五点才放学").AssertReply("上门时间：尽快")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.simple' AND appointment_at IS NULL"));
    }
}
