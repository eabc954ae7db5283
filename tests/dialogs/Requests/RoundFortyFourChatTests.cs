using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-fourth conversation set and the fortieth's long voice message showed, as classes, in sentences of our
/// own: a Cantonese writer who says which flat is theirs ("我係…嘅住戶") is not asked for it again, and the neighbour named
/// is the one complained about; a public place already given (a bike shed) stays the ticket's place when the owner's own
/// flat comes later; a fee question first and a request after it, read by the model as one fast request, is answered and
/// the request alone is gathered; one kitchen appliance dead is a general repair booked for a time, with no one-tap
/// "send someone now?".
/// </summary>
public sealed class RoundFortyFourChatTests
{
    [Fact]
    public async Task A_Cantonese_writer_who_names_their_own_flat_is_not_asked_for_it_again()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好，我係5棟1單元1302嘅住戶，想投訴隔籬1301，佢哋晚晚喺走廊叉電動車，條拖板擺喺我門口")
            .AssertReply("管理規約").AssertReply("工單號").AssertReply("綁定5棟1單元1302")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = 5 AND unit = 1 AND room = '1301'"));
    }

    [Fact]
    public async Task A_public_place_given_first_stays_the_place_when_the_owners_flat_comes_later()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("6栋旁边的充电棚有个插座一直冒火花还冒烟").AssertReply("工单号")
            .Send("6栋1单元502").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND location LIKE '%充电棚%'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE room = '502'"));
    }

    [Fact]
    public async Task A_flat_said_as_where_it_happens_still_moves_the_place()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我妈说她那边好大一股煤气味，在8栋，好像是2单元四楼").AssertReply("工单号")
            .Send("问到了，是8栋2单元401").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 8 AND unit = 2 AND room = '401'"));
    }

    [Fact]
    public async Task A_fee_question_then_a_neighbour_complaint_read_as_one_fast_request_is_answered_and_the_complaint_gathered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我想问一下地下车位租一个月多少钱年付有没有优惠然后还有个事楼上1602那家每天半夜拖椅子咚咚响已经一个星期了你们能不能上去说一下")
            .AssertReply("300").AssertReply("管理规约").AssertReply("几栋几单元几号")
            .Send("3栋1单元1502").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = 3 AND unit = 1 AND room = '1602'"));
    }

    [Fact]
    public async Task One_kitchen_appliance_dead_is_booked_as_a_general_repair_without_the_one_tap()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("厨房的抽油烟机按了没反应，灯也不亮").AssertReply("哪一户")
            .Send("5栋2单元803").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间")
            .Send("明天上午10点").AssertReply("联系电话")
            .Send("13812345678").AssertReply("室内维修")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.general'"));
    }
}
