using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-fifth conversation set and the round's retraining showed, as classes, in sentences of our own: a yearly
/// amount asked in Traditional characters ("一年總共要繳多少") of a parents' flat named a turn earlier is computed for that
/// flat, and so is the early-payment price ("打完折是多少"); a clear fee question with its flat, sent at the "which one?"
/// menu, is answered, not taken as a slot for the menu's likeliest reading; the building an emergency is seen from
/// ("我在3栋2单元往对面看的") is not its place; a complainant who puts their own unit right after the complaint opened is
/// noted as corrected; a tingle of electricity from the shower gets the electrical safety advice (the main switch), not the
/// advice for a burst pipe.
/// </summary>
public sealed class RoundFortyFiveChatTests
{
    [Fact]
    public async Task A_yearly_amount_and_its_discount_asked_of_a_flat_named_earlier_are_computed_for_it()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("請問物業費是怎麼收的？").AssertReply("元/㎡")
            .Send("我問的是我爸媽的房子，9棟2單元502，洋房。").IgnoreReplies()
            .Send("一年總共要繳多少？").AssertReply("6,336")
            .Send("如果1月31日前一次繳清全年，打完折是多少？").AssertReply("6,019.20")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_clear_fee_question_with_its_flat_at_the_menu_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Hi, quick question about my dad's place").IgnoreReplies()
            .Send("It's 9栋2单元502, a garden house. How much is the 物业费 per month?").AssertReply("528")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Where_the_writer_watches_from_is_not_where_it_happens()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("对面楼顶边上坐着个小孩，腿都悬在外面，旁边没有大人").AssertReply("工单号")
            .Send("是6栋 我在5栋1单元往对面看的 他在6栋楼顶东边那个角").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 6 AND location LIKE '%楼顶%'"));
    }

    [Fact]
    public async Task A_complainant_who_puts_their_own_unit_right_after_the_complaint_opened_is_noted_as_corrected()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("楼上半夜一直在拖家具，吵得根本睡不着").IgnoreReplies()
            .Send("6栋1单元1602 楼上1702").AssertReply("工单号")
            .Send("不好意思写错了 是2单元 6栋2单元1602 楼上是2单元1702").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE building = 6 AND unit = 2 AND room = '1702' AND description LIKE '%投诉人住址更正为：6栋2单元1602%'"));
    }

    [Fact]
    public async Task A_tingle_from_the_shower_gets_the_electrical_safety_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我女儿刚才洗澡摸到花洒的金属管手麻了一下，是电热水器，现在还能用吗").AssertReply("总闸")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }
}
