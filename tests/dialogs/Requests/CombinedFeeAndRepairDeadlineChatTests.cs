using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// The handbook misses of issue 10 through the chat, with the real classifier (clock: Sunday 2026-11-22 10:00):
/// combined property and lift fees, and how soon a technician comes after a repair is reported.
/// </summary>
public sealed class CombinedFeeAndRepairDeadlineChatTests
{
    [Fact]
    public async Task Property_plus_lift_for_a_unit_type_is_computed_in_the_chat()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("1栋的01户型一年物业加电梯费多少")
            .AssertReply("1栋 01 户型（高层，建筑面积 89㎡）", "× 89 ㎡ × 12 个月 = 2,990.40 元", "× 89 ㎡ × 12 个月 = 373.80 元", "合计 3,364.20 元")
            .StartTestAsync();
    }

    [Fact]
    public async Task Property_plus_lift_with_no_room_lists_the_high_rise_unit_types()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("物业加电梯费").AssertReply("01 户型（89㎡）280.35 元", "04 户型（105㎡）330.75 元", "依据《收费标准》")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_owner_with_no_ticket_asking_how_soon_gets_the_repair_deadlines()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("报修多久能有师傅上门").AssertReply("10分钟内到场", "半天（4小时）", "7个工作日", "依据《工作时限标准》")
            .Send("報修多久能有師傅上門").AssertReply("10分鐘內到場", "半天（4小時）", "7個工作日", "依據《工作時限標準》")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task An_owner_with_no_ticket_asking_about_it_is_told_so()
    {
        await using var host = await RequestHost.StartAsync();
        await host.Flow()
            .Send("我的报修怎么样了").AssertReply("没有登记过的工单")
            .StartTestAsync();
    }
}
