using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the twenty-ninth fresh conversation set found, as classes, in sentences of our own (clock: Sunday 2026-11-22
/// 10:00, Asia/Shanghai): "能便宜点吗" after a computed yearly fee is the annual discount, not small talk; an English
/// booking whose day and hour are apart ("tomorrow morning … at 6:45 am") keeps both; an outage that came back by
/// itself, asked about, opens nothing; a renovation-paperwork question beside a slow drain is no neighbour complaint;
/// a small job called off and then asked for after all ("还是麻烦你们派人来吧") is that job again, not a new urgent one;
/// a request to be called back when it is arranged ("有车位了打我电话") asks no visit time, and a phone put right with
/// "其他没问题" at the restatement registers it; a fee asked "for that flat" is computed for the flat named earlier, and
/// a clear fee question at "send someone now?" sends no one; a question asked three times over answers that fill
/// something else is handed to a person with the request kept, never asked a fifth time.
/// </summary>
public sealed class RoundThirtyFourChatTests
{
    [Fact]
    public async Task Asking_whether_paying_the_year_at_once_is_cheaper_gets_the_discount()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我舅舅住8栋2单元402，他那套一年物业费多少").AssertReply("8栋2单元402")
            .Send("那一月份一次交清是不是能便宜点").AssertReply("95%")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_english_booking_keeps_a_day_and_an_hour_said_apart()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Could you book a car to the airport for me tomorrow morning? Pick-up at 6:45 am from 2栋1单元2303").AssertReply("后四位")
            .Send("skip").AssertReply("联系电话")
            .Send("13912345678").AssertReply("06:45")
            .Send("yes").AssertReply("工单号")
            .StartTestAsync();
        var at = new DateTimeOffset(2026, 11, 23, 6, 45, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND appointment_at = {at}"));
    }

    [Fact]
    public async Task An_outage_that_came_back_by_itself_asked_about_opens_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("前天晚上做饭的时候突然停电了，过了半小时后来又有电了，想问一下是怎么回事").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_renovation_paperwork_question_beside_a_slow_drain_is_no_neighbour_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好，我刚收房，5栋1单元1603。想问下装修要办什么手续？还有卫生间地漏下水很慢，能派人看看吗").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor'"));
    }

    [Fact]
    public async Task A_small_job_asked_for_after_all_is_that_job_again()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 1);
        await host.Flow()
            .Send("厨房的灯管不亮了，能派人来换一下吗").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}，{lastFour}").IgnoreReplies()
            .Send("算了，不麻烦了，我自己换吧").IgnoreReplies()
            .Send("唉不行，灯太高了够不着，还是麻烦你们派人来吧").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('repair.urgent', 'emergency')"));
    }

    [Fact]
    public async Task How_soon_asked_after_a_what_if_answer_is_asked_of_that_matter()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("What should we do if the power suddenly goes off in our flat at night?").IgnoreReplies()
            .Send("I see. And how soon would somebody get here?").AssertReply("10分钟")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_call_back_request_needs_no_time_and_the_rest_agreed_registers_it()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 2);
        await host.Flow()
            .Send($"我要租车位，麻烦帮我登记一下，有车位了打我电话13700001111，我是{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("号码错了，应该是13700001112，别的都对").AssertReply("工单号")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE contact = '13700001112'"));
    }

    [Fact]
    public async Task A_fee_for_that_flat_is_computed_for_the_flat_named_earlier()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好，我爸妈住8栋1单元502，平时是我帮他们办事").IgnoreReplies()
            .Send("他们那套一个月物业费多少").AssertReply("8栋1单元502")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_question_left_unanswered_three_times_hands_over_with_the_request_kept()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("楼上1801每天晚上都在拍篮球，吵得孩子睡不着").IgnoreReplies()
            .Send("5528").IgnoreReplies()
            .Send("对，就是1801，正上面那家").IgnoreReplies()
            .Send("你们今天一定要去说一下").IgnoreReplies()
            .Send("我等你们消息").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor'"));
    }

    [Fact]
    public async Task Tomorrow_around_an_hour_in_english_is_tomorrow()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 1);
        await host.Flow()
            .Send($"Hello, the bathroom tap in {room.Building}栋{room.Unit}单元{room.Room} is dripping a bit").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("No rush. Could someone come tomorrow around 9am?").IgnoreReplies()
            .Send("yes, thanks").IgnoreReplies()
            .StartTestAsync();
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {at}"));
    }
}
