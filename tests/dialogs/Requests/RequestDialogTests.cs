using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using ConciergeBot.Dialogs.Requests;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>The request dialogs through the real pipeline; the clock is Sunday 2026-11-22 10:00 in Beijing.</summary>
public sealed class RequestDialogTests
{
    [Fact]
    public async Task Urgent_leak_opens_the_ticket_first_then_asks_for_a_contact_and_details()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("3栋2单元1202卫生间水管爆了，水漫出来了")
            .AssertReply("工单号 20261122-0001", "维修师傅将在10分钟内（10:10前）到达", "关闭入户总水阀")
            .AssertReply("联系电话")
            .Send("13800001234").AssertReply("还有需要补充的情况吗")
            .Send("楼下邻居说天花板也在滴水").AssertReply("已补充到工单", "请问还有其他需要帮忙的吗")
            .StartTestAsync();

        var ticket = await host.TicketAsync("20261122-0001");
        Assert.NotNull(ticket);
        Assert.Equal(("repair.urgent", "3栋2单元1202", TicketState.Dispatched), (ticket.Intent, ticket.Place.Describe(), ticket.State));
        Assert.Contains("楼下邻居说天花板也在滴水", ticket.Description, StringComparison.Ordinal);
        Assert.Contains("13800001234", ticket.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_without_a_place_is_opened_at_once_with_safety_instructions_and_the_place_follows()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("家里闻到很浓的煤气味")
            .AssertReply("工单号 20261122-0001", "工作人员将在10分钟内（10:10前）赶到现场", "客服主管", "关闭燃气阀门", "96777")
            .AssertReply("具体位置")
            .Send("5栋1单元801").AssertReply("已通知工作人员前往5栋1单元801")
            .StartTestAsync();

        var ticket = await host.TicketAsync("20261122-0001");
        Assert.Equal(("emergency", 5, "assistant-chenxiao"), (ticket!.Intent, ticket.Place.Building, ticket.Assignee));
    }

    [Fact]
    public async Task Simple_repair_asks_where_offers_binding_agrees_a_time_restates_and_promises_half_a_day()
    {
        await using var host = await RequestHost.StartAsync();
        var (flat, lastFour) = host.OccupiedFlat(3);
        await host.Flow()
            .Send("卧室灯泡坏了").AssertReply("请问是哪一户")
            .Send($"{flat.DisplayName}").AssertReply("登记手机号的后四位")
            .Send(lastFour).AssertReply($"{flat.Owner!.FormalName}您好", "已为您绑定")
            .AssertReply("什么时间上门")
            .Send("下午两点").AssertReply("跟您确认一下", "简单维修", flat.DisplayName, "卧室灯泡坏了", "上门时间：14:00", "对吗")
            .Send("是的").AssertReply("工单号 20261122-0001", "维修师傅将在4小时内（14:00前）为您处理完毕", "请问还有其他需要帮忙的吗")
            .Send("厨房灯泡也坏了").AssertReply("已补充到工单 20261122-0001")
            .Send("没有了").AssertReply("感谢您的支持")
            .StartTestAsync();
    }

    [Fact]
    public async Task Ordinary_repair_agrees_a_visit_time_and_promises_it()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("3栋1单元1501客厅墙面渗水").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间上门", "联系电话")
            .Send("明天下午3点").AssertReply("联系电话")
            .Send("13912345678").AssertReply("上门时间：明天15:00", "139****5678")
            .Send("对").AssertReply("工单号", "维修师傅将按约定时间（明天15:00）上门")
            .StartTestAsync();
    }

    [Fact]
    public async Task Noise_complaint_places_the_flat_upstairs_cites_the_renovation_rule_and_opens_with_the_assistant_within_15_minutes()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("楼上装修太吵了，周日一大早就在打钻").AssertReply("装修管理规定", "周末和法定节假日不得进行有噪音的施工")
            .AssertReply("您家是几栋几单元几号")
            .Send("4栋1单元1902").AssertReply("已为您登记邻里投诉", "4栋1单元2002", "礼宾助理将在15分钟内（10:15前）上门处理")
            .AssertReply("后四位")
            .Send("跳过").AssertReply("还有需要补充的情况吗")
            .Send("没有").AssertReply("持续跟进")
            .StartTestAsync();
        Assert.Equal("4栋1单元2002", (await host.TicketAsync("20261122-0001"))!.Place.Describe());
    }

    [Fact]
    public async Task Night_noise_cites_the_quiet_hours()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("隔壁半夜唱歌太吵").AssertReply("管理规约", "22:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task Saying_no_at_the_restatement_asks_what_to_change_and_cancelling_opens_nothing()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("小区门口路灯不亮了").AssertReply("公共区域报修", "小区门口", "联系电话：未留")
            .Send("不对").AssertReply("哪一项需要修改")
            .Send("算了不用了").AssertReply("已为您取消", "没有登记工单")
            .StartTestAsync();

        Assert.Null(await host.TicketAsync("20261122-0001"));
    }

    [Fact]
    public async Task A_public_place_report_is_restated_at_once_and_a_phone_sent_there_opens_it_with_the_phone()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("小区门口路灯不亮了").AssertReply("公共区域报修", "小区门口", "联系电话：未留")
            .Send("13700002222").AssertReply("已为您登记", "20261122-0001")
            .StartTestAsync();

        var ticket = await host.TicketAsync("20261122-0001");
        Assert.NotNull(ticket);
        Assert.Equal("13700002222", ticket.Owner.Contact);
    }

    [Fact]
    public async Task Correcting_the_unit_of_the_home_moves_the_neighbour_named_from_it_on_the_open_complaint()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("楼上天天晚上太吵了").AssertReply("非常抱歉").AssertReply("请问您家是几栋几单元几号")
            .Send("我住5栋1单元1203").AssertReply("已为您登记邻里投诉", "5栋1单元1303").IgnoreReplies()
            .Send("不对，是2单元").AssertReply("已通知工作人员前往5栋2单元1303").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal("5栋2单元1303", (await host.TicketAsync("20261122-0001"))!.Place.Describe());
    }

    [Fact]
    public async Task Status_answers_from_the_owner_s_own_tickets_only()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow("c-1", "owner-a").Send("5栋2单元301停电了").IgnoreReplies().Send("13800001111").IgnoreReplies().Send("没有").IgnoreReplies().StartTestAsync();
        await host.Flow("c-2", "owner-b").Send("帮我叫辆出租车，明早7点去机场").IgnoreReplies().StartTestAsync();

        await host.Flow("c-1", "owner-a")
            .Send("我的报修怎么样了").AssertReply("1张处理中的工单", "紧急维修", "5栋2单元301", "已派单", "由陈晓负责", "10:10前")
            .StartTestAsync();
        await host.Flow("c-3", "owner-c")
            .Send("我的报修怎么样了").AssertReply("没有登记过的工单")
            .StartTestAsync();
    }

    [Fact]
    public async Task Serious_staff_complaint_is_recognised_from_the_words_and_gets_two_days()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("南门的保安骂人还推了我").AssertReply("非常抱歉，给您带来了不好的体验")
            .AssertReply("联系电话")
            .Send("13700002222").AssertReply("投诉工作人员")
            .Send("是").AssertReply("我们将在2天内（11月24日10:00前）处理并给您答复")
            .StartTestAsync();
        Assert.Equal("serious", (await host.TicketAsync("20261122-0001"))!.Severity);
    }

    [Fact]
    public void Promises_read_naturally()
    {
        var now = new DateTimeOffset(2026, 11, 22, 14, 22, 0, ConciergeBot.Knowledge.Calendar.ChinaTime.Offset);
        var opened = new ConciergeBot.Dialogs.Requests.Tickets.OpenedTicket("20261122-0007", "repair.urgent", ConciergeBot.Knowledge.Sla.ClockKind.Arrival,
            ConciergeBot.Knowledge.Sla.SlaDuration.Parse("00:10:00"), now.AddMinutes(10), false, "王磊", now);

        Assert.Equal("维修师傅将在10分钟内（14:32前）到达", Promises.For(opened, now));
    }
}
