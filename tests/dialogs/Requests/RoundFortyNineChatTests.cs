using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-ninth and fiftieth conversation sets showed, as classes, in sentences of our own: someone with dementia
/// wandering at a gate is an emergency placed at the gate, and the flat of "their family" said later stays a note; "what
/// if a charging pile smokes" finds the electrical safety advice, not the charging fee; a number left with "call me
/// before you come" after the request ended is the ticket's call-back number, not a complaint; a complaint lodged
/// at the offer of a person's reply to an unanswered question is the complaint, not an answer to the offer.
/// </summary>
public sealed class RoundFortyNineChatTests
{
    [Fact]
    public async Task A_wanderer_with_dementia_stays_at_the_gate_when_their_familys_flat_is_given()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("南门有个老太太一直在门口转来转去，问她家在哪她也说不清，应该是有老年痴呆").AssertReply("工单号")
            .Send("我住3栋1单元802，她家好像是3栋1单元1101").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND location LIKE '%南门%'"));
    }

    [Fact]
    public async Task What_to_do_if_a_charging_pile_smokes_finds_the_electrical_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("想先问一下，要是哪天充电桩冒烟了，我该怎么处理？现在没事").AssertReply("119")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_number_to_call_before_the_visit_after_the_request_ended_is_the_call_back_number()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("卫生间洗手盆下水很慢，找人来通一下，5栋2单元1501").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间")
            .Send("明天上午10点").AssertReply("联系电话")
            .Send("13900002222").AssertReply("对吗")
            .Send("对").AssertReply("工单号")
            .Send("嗯，明天10点。师傅上门前先打我电话 13911113333").AssertReply("13911113333")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE contact = '13911113333'"));
    }

    [Fact]
    public async Task A_complaint_lodged_at_the_offer_of_a_persons_reply_is_taken_as_a_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("小区有没有到高铁站的接驳车？几点发车？").AssertReply("回复您吗")
            .Send("上次你们说有，结果我在东门等了半小时根本没车，害我误了火车，I want to file a complaint")
            .AssertReply(reply => Assert.DoesNotContain("请回复“是”", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'inquiry.%'"));
    }

    [Theory]
    [InlineData("8栋2单元301，手机末四码是7986")]
    [InlineData("8棟2單元301，手機末四碼是7986")]
    [InlineData("8栋2单元301 last 4 number is 7986")]
    public void The_last_four_said_in_any_common_words_is_read_beside_the_flat(string text)
    {
        var normalized = ConciergeBot.Dialogs.Understanding.Normalization.TextNormalizer.Shared.Normalize(text).Text;
        var slots = ConciergeBot.Dialogs.Requests.Slots.SlotReader.Read(normalized, new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8)), new ConciergeBot.Dialogs.Understanding.Entities.EntityRecognizer().Recognize);
        Assert.Equal("7986", slots.LastFour);
        Assert.Contains(slots.Flats, f => f.Key == "8-2-301");
    }

    [Fact]
    public async Task A_number_to_be_called_on_with_a_reason_after_an_urgent_ticket_is_its_call_back_number()
    {
        await using var host = await BotTestHost.StartAsync();
        var (flat, lastFour) = host.OccupiedFlat(5);
        await host.Flow()
            .Send($"我是{flat.Building}栋{flat.Unit}单元{flat.Room}的家属，我妈一个人住，她说卫生间天花板一直在滴水，地上都积水了").AssertReply("工单号")
            .Send($"她的手机末四码是{lastFour}").IgnoreReplies()
            .Send("对，麻烦尽快派人，她腿脚不方便").IgnoreReplies()
            .Send("师傅到了麻烦打我电话 13911114444，我妈听力不好接不到").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE contact = '13911114444'"));
    }

    [Fact]
    public async Task The_gas_companys_number_asked_in_English_is_answered_from_the_gas_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("What's the gas company number? I'd like to keep it handy").AssertReply("96777")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task What_to_do_if_asked_in_English_with_the_if_last_is_answered_not_a_menu()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("We just moved in, all fine now. What should we do if we ever smell gas in the kitchen? Just want to be ready").AssertReply("96777")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
