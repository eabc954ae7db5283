using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A neighbour complaint whose writer gives their own home in pieces ("1栋", then "1单元2103") files against the flat
/// complained of; "下班后" is the evening, and a clock said after it is an evening clock; a day said to be no good after the
/// one chosen ("明天吧，今天家里没人") is not the day; a landlord asking the dog rules for the flat he lets out complains of
/// nobody; knocking on the neighbour's door is no renovation, so the quiet hours are cited; who handles the ticket is answered
/// with its assignee; guests' cars for a banquet get the visitor-parking fee; a sigh then a price asked is a fee question.
/// </summary>
public sealed class RoundNinetyEightChatTests
{
    [Fact]
    public async Task A_complainants_home_given_in_pieces_files_against_the_flat_complained_of()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 2);
        var above = (int.Parse(room.Room, System.Globalization.CultureInfo.InvariantCulture) + 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await host.Flow()
            .Send($"楼上{above}每天半夜拖椅子，我上去敲过门了也没用，你们管一下")
            .AssertReply(reply => Assert.Contains("休息时间", reply.Text))
            .IgnoreReplies()
            .Send($"{room.Building}栋").AssertReply(reply => Assert.Contains("几单元几号房", reply.Text))
            .Send($"{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = {room.Building} AND unit = {room.Unit} AND room = '{above}'"));
    }

    [Fact]
    public async Task After_work_is_the_evening_and_a_clock_said_after_it_is_an_evening_clock()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，卫生间的墙有点渗水，不急，想找师傅看看").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("明天吧，今天家里没人").AssertReply(reply => Assert.Contains("明天", reply.Text))
            .Send("下班后").IgnoreReplies()
            .Send("那就7点吧，确认").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {host.TomorrowAt(19)}"));
    }

    [Fact]
    public void A_landlord_asking_the_dog_rules_for_the_flat_he_lets_out_complains_of_nobody() =>
        Assert.NotEqual(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify("我有套房子在6栋1单元1502，租给别人了，租客想养只猫，小区有什么规定吗").Intent);

    [Fact]
    public void Water_from_a_blocked_drain_reaching_the_bedroom_is_urgent() =>
        TrainedClassifier.AssertRaisedByACue("浴室地漏堵住了，洗澡水排不掉，已经淹到卧室门口了", IntentCode.RepairUrgent);

    [Fact]
    public async Task Who_handles_the_ticket_is_answered_with_its_assignee()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}厨房水管爆了，水喷得到处都是").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("没有了").IgnoreReplies()
            .Send("那这个单现在是谁在跟？").AssertReply(reply => { Assert.Contains("工单", reply.Text); Assert.Contains("负责", reply.Text); })
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Guests_cars_for_a_family_banquet_are_answered_with_the_visitor_parking_fee()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(8, unit: 2);
        await host.Flow()
            .Send($"下周六我们在{room.DisplayName}家里办满月酒，亲戚大概有七八辆车要进小区，这个怎么弄？")
            .AssertReply(reply => Assert.Contains("40元", reply.Text))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public void A_sigh_then_a_price_asked_is_a_fee_question() =>
        Assert.Equal(IntentCode.InquiryFee, TrainedClassifier.Classify("每辆车都要登记也太麻烦了吧 那外面的车停进来怎么收费的").Intent);
}
