using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-seventh conversation set showed, as classes, in sentences of our own: a whole flat given (and put
/// right) after a public problem opened is the writer's home, not a place in that building; four digits called the last
/// four, sent unasked after a fee question about a flat, verify that flat; "OK. So every month how much?" is the fee
/// just computed again, and "Can I pay by Alipay?" the ways to pay; a member of staff named as hanging up at the
/// restatement of an "other" complaint makes it a staff complaint; "对就是…" at a restatement, saying the same place
/// closer, is the yes; an entrance door that will not shut is a general public repair; smoke in a stairwell that chokes
/// is an emergency.
/// </summary>
public sealed class RoundFortySevenChatTests
{
    [Fact]
    public async Task A_flat_given_and_put_right_after_a_public_problem_opened_is_the_writers_home()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("南门停车场出口的道闸坏了，杆子一直往下砸，刚砸到一辆车，快来人看看").AssertReply("工单号")
            .Send("6栋1单元801").IgnoreReplies()
            .Send("不对不对，是6栋2单元801").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.urgent' AND location LIKE '%南门停车场%' AND location NOT LIKE '%单元%'"));
    }

    [Fact]
    public async Task Four_digits_called_the_last_four_after_a_fee_question_verify_the_flat_named()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send($"Hi, I'm the driver for the family in {room.DisplayName}. Boss asks the property fee per month?").IgnoreReplies()
            .Send($"Boss phone last four is {lastFour}").AssertReply("已为您绑定")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_ok_so_follow_up_is_the_fee_again_and_alipay_asks_how_to_pay()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("How much is the property fee for 3栋1单元1202 per month?").AssertReply("3栋1单元1202")
            .Send("OK. So every quarter how much? Can I pay by Alipay?").AssertReply(reply =>
            {
                Assert.Contains("3栋1单元1202", reply.Text, StringComparison.Ordinal);
                Assert.Contains("3 个月", reply.Text, StringComparison.Ordinal);
            })
            .AssertReply("支付宝")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Staff_named_as_hanging_up_at_the_restatement_make_it_a_staff_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send("约了周三下午修厨房水管，我请假在家等了一下午，一个人都没来").IgnoreReplies()
            .Send(room.DisplayName).IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("后来我打给陈工，他说没空就挂了").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff'"));
    }

    [Fact]
    public async Task A_yes_that_says_the_same_place_closer_registers_the_request()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋2单元楼下的大门关不上了，一直敞着").AssertReply("跟您确认一下")
            .Send("对就是3栋2单元一楼那个门禁的门").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.general' AND building = 3"));
    }

    [Theory]
    [InlineData("5栋1单元的单元门锁不上了，一直开着，谁都能进")]
    public void An_entrance_door_that_will_not_shut_is_a_general_public_repair(string text) =>
        Assert.Equal(IntentCode.PublicGeneral, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("单元门打不开了，老人在里面出不来")]
    public void An_entrance_door_that_shuts_people_in_is_not_slowed(string text) =>
        Assert.NotEqual(IntentCode.PublicGeneral, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("12楼楼梯间里有烟，呛得人直咳嗽")]
    public void Smoke_in_a_stairwell_that_chokes_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("楼梯间里有烟味，估计又有人在抽烟")]
    public void Cigarette_smell_in_a_stairwell_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
