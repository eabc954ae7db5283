using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the thirty-first fresh conversation set found, as classes, in sentences of our own (clock: Sunday 2026-11-22
/// 10:00, Asia/Shanghai): one of the estate's own staff saying who is writing is no complaint against staff; a question
/// for the handbook asked at "send someone now?" sends no one and is answered; "先别派人" holds an opened visit and
/// "还是派吧" sends it after all, the ticket live throughout; an hour from 1 to 6 said bare is the afternoon; a visit moved
/// after a status question moves the ticket's visit.
/// </summary>
public sealed class RoundThirtyFiveChatTests
{
    [Fact]
    public async Task A_guard_saying_who_is_writing_is_no_complaint_and_the_danger_relayed_is_sent_for()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("您好，我是南门岗保安陈师傅").IgnoreReplies()
            .Send("8栋1单元301的李阿姨刚跑到岗亭说她家厨房一股很浓的煤气味，家里还有她孙子在睡觉").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff'"));
    }

    [Fact]
    public async Task A_handbook_question_at_send_someone_now_sends_no_one()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Hi, I own 4-1-1503 and rent it out. The tenant leaves next Sunday.").IgnoreReplies()
            .Send("What does she have to do with the office before she moves her things out?").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_held_visit_sent_after_all_keeps_one_live_ticket()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send($"厨房水槽下面的水管在往外喷水，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("没有了").IgnoreReplies()
            .Send("先别派人来，我儿子说他会修，让他先试试").AssertReply("先等您的消息")
            .Send("算了，还是派人来吧，他也弄不好").AssertReply("照常")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state = 'Cancelled'"));
    }

    [Fact]
    public async Task A_bare_small_hour_is_the_afternoon_and_moving_it_after_a_status_question_moves_the_visit()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(8, unit: 1);
        await host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}阳台的灯泡坏了，麻烦派人换一个").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("我中午才到家，2点过来吧").AssertReply("14:00")
            .Send("对").IgnoreReplies()
            .Send("现在是谁负责的").IgnoreReplies()
            .Send("不好意思，2点我还在路上，改成5点吧").AssertReply("17:00")
            .StartTestAsync();
        var at = new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {at}"));
    }
}
