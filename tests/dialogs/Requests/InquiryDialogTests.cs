using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>Questions answered from the handbook, and the consented hand-over when it has no answer (clock: Sunday 2026-11-22 10:00).</summary>
public sealed class InquiryDialogTests
{
    [Fact]
    public async Task Fee_question_for_a_room_is_computed_at_once_with_its_source_and_opens_no_ticket()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("3栋1202一年物业费加电梯费多少").AssertReply("4,838.40 元", "2.80 元/㎡·月 × 128 ㎡ × 12 个月", "依据《收费标准》")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Traditional_question_gets_a_traditional_answer()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("裝修幾點可以施工").AssertReply("噪音", "《裝修管理規定》")
            .StartTestAsync();
    }

    [Fact]
    public async Task Unknown_question_offers_a_person_and_with_consent_opens_a_30_minute_ticket()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("小区游泳池冬天开放吗").AssertReply("手册里暂时没有明确的答复", "30分钟内（10:30前）", "回复您吗")
            .Send("好的").AssertReply("工单号 20261122-0001", "工作人员将在30分钟内（10:30前）回复您", "0755-2688 6600")
            .StartTestAsync();

        var ticket = await host.TicketAsync("20261122-0001");
        Assert.Equal(("inquiry.general", "小区游泳池冬天开放吗"), (ticket!.Intent, ticket.Description));
    }

    [Fact]
    public async Task Declining_the_offer_opens_nothing()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("小区游泳池冬天开放吗").AssertReply("回复您吗")
            .Send("否").AssertReply("还有其他问题随时问我")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Another_departments_procedure_is_promised_within_two_working_days()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("户口迁入需要去派出所带什么材料").AssertReply("2个工作日内")
            .Send("是").AssertReply("工单号 20261122-0001", "2个工作日内（11月24日18:00前）")
            .StartTestAsync();
    }

    [Fact]
    public async Task Asking_for_a_person_opens_a_ticket_the_assistant_must_answer_in_30_minutes()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("转人工").AssertReply("已为您转接人工客服（工单号 20261122-0001）", "30分钟内（10:30前）")
            .StartTestAsync();

        var ticket = await host.TicketAsync("20261122-0001");
        Assert.Equal("inquiry.general", ticket!.Intent);
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM outbox WHERE kind = 'opened'"));
    }

    [Fact]
    public async Task Outside_services_get_what_the_handbook_knows_and_an_offer_to_find_out_within_30_minutes()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("宽带找谁装").AssertReply("宽带安装", "依据《工作时限标准》").AssertReply("向相关单位问清楚", "30分钟内（10:30前）")
            .Send("好").AssertReply("工单号 20261122-0001", "30分钟内（10:30前）")
            .StartTestAsync();

        Assert.Equal("inquiry.external", (await host.TicketAsync("20261122-0001"))!.Intent);
    }

    [Fact]
    public async Task An_owner_who_writes_traditional_is_answered_in_traditional_until_writing_simplified()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("小區游泳池冬天開放嗎").AssertReply("手冊裡暫時沒有明確的答覆", "回覆您嗎")
            .Send("是").AssertReply("已為您登記", "工單號 20261122-0001")
            .Send("物业费怎么交").AssertReply("交费")
            .StartTestAsync();
    }
}
