using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the sixtieth conversation set showed, as classes, in sentences of our own: "那我让他自己去弄" at the restatement
/// calls the request off; a "算了" that names the neighbour only by where they live ("毕竟对门住了十几年") still calls it
/// off; where the writer lives told from the neighbour's side ("我住它正楼上，…") is the writer's home, and the flat that
/// "reported it" is never the household complained of; the home of a parent written for ("我替我妈反映…她住…") is the
/// home; a staff complaint that turns out to be a visit that never came is the other complaint; a question is answered
/// once a turn; a reply that acknowledges, says the advice back and asks again is answered.
/// </summary>
public sealed class RoundSixtySevenChatTests
{
    [Theory]
    [InlineData("ok 明白 那我让老公自己去弄 谢谢")]
    [InlineData("好吧，那我自己处理")]
    public async Task Handling_it_oneself_at_the_restatement_calls_the_request_off(string reply)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("想请礼宾帮忙叫个搬家公司，周六上午把两个旧柜子搬走").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("13812345678").IgnoreReplies()
            .Send(reply).AssertReply("取消")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task Not_being_able_to_handle_it_oneself_is_no_cancel()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("想请礼宾帮忙叫个搬家公司，周六上午把两个旧柜子搬走").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("13812345678").IgnoreReplies()
            .Send("对，我自己弄不了，柜子太重").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge'"));
    }

    [Fact]
    public async Task A_let_it_go_that_names_the_neighbour_only_by_where_they_live_calls_the_complaint_off()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("对门1803的阿婆一直在走廊堆捡来的纸皮和瓶子，一股馊味，还招蟑螂").IgnoreReplies()
            .Send("算了，先别登记了，毕竟对门住了这么多年").AssertReply("取消")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task Where_the_writer_lives_told_from_the_neighbours_side_is_the_writers_home()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋1单元1102阳台上养的鹦鹉每天早上五点就开始尖叫，吵得根本睡不着").IgnoreReplies()
            .Send("我住它正楼上，3栋1单元1202").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = 3 AND unit = 1 AND room = '1102'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE building = 3 AND unit = 1 AND room = '1202'"));
    }

    [Fact]
    public async Task The_home_of_a_parent_written_for_is_the_home()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("您好，我替我爸反映一下，他住5栋2单元1502，对门1503一直在走廊堆旧家具，他出门都得侧身")
            .AssertReply("休息时间")
            .AssertReply("已为您登记邻里投诉", "5栋2单元1503")
            .AssertReply("绑定5栋2单元1502")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = 5 AND unit = 2 AND room = '1503'"));
    }

    [Fact]
    public async Task A_staff_complaint_that_turns_out_to_be_a_visit_never_made_is_the_other_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("呵呵，你们那些维修师傅架子可真大").IgnoreReplies()
            .Send("前天报修厨房水龙头，说好昨天下午来，我在家等了一下午，人没来，电话也没一个").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.other'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff'"));
    }

    [Fact]
    public async Task A_staff_complaint_about_conduct_stays_one()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你们南门的保安态度太差了").IgnoreReplies()
            .Send("我问个路他就骂人，还叫我滚").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff'"));
    }

    [Fact]
    public async Task A_question_at_the_anything_to_add_prompt_is_answered_once()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("对门1803的阿婆一直在走廊堆捡来的纸皮和瓶子，一股馊味，还招蟑螂").IgnoreReplies()
            .Send("5栋2单元1802").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("你们去的时候，她会不会知道是我反映的？").AssertReply("保密").AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_reply_that_says_the_advice_back_and_asks_again_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Quick question, nothing is wrong now: what should I do if I ever smell gas in the flat?").IgnoreReplies()
            .Send("Got it, turn off the main valve, open the windows, no switches, leave. Thanks. Sorry, what was the gas company's number again? Going to save it").AssertReply("96777")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task The_flat_the_writer_calls_their_own_does_not_move_an_emergency_from_the_flat_named_first()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("快来人！隔壁的老爷爷在门口摔倒了，爬不起来").IgnoreReplies()
            .Send("3栋1单元1101，我是他隔壁1102的").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 3 AND unit = 1 AND room = '1101'"));
    }

    [Fact]
    public async Task Nobody_needed_at_the_door_does_not_call_off_a_complaint_about_the_service()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我要投诉你们的服务热线！昨晚厨房水管爆了，打0755-26886600打了四次都没人接").IgnoreReplies()
            .Send("后来是我老公自己关的总阀，现在没事了，不用派人").AssertReply(reply =>
                Assert.DoesNotContain("取消", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state = 'Cancelled'"));
    }

    [Fact]
    public async Task The_estates_own_hotline_rung_is_not_the_owners_contact()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我要投诉你们的服务热线！昨晚厨房水管爆了，打0755-26886600打了四次都没人接").IgnoreReplies()
            .Send("5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE contact LIKE '%26886600%'"));
    }

    [Fact]
    public async Task What_the_owner_adds_beside_the_flat_goes_into_the_notes_as_said()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你们说好昨天上午派人来换阳台灯，我在家等了一上午，人没来电话也没一个").IgnoreReplies()
            .Send("灯我已经找外面的电工换好了，我就是要投诉这个事。5栋2单元803").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE description LIKE '%灯我已经找外面的电工换好了，我就是要投诉这个事%'"));
    }
}
