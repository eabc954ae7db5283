using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-fifth conversation set and the round's retraining showed, as classes, in sentences of our own: a yearly
/// amount asked in Traditional characters ("一年總共要繳多少") of a parents' flat named a turn earlier is computed for that
/// flat, and so is the early-payment price ("打完折是多少"); a clear fee question with its flat, sent at the "which one?"
/// menu, is answered, not taken as a slot for the menu's likeliest reading.
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
}
