using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A staff complaint whose conduct is said to be repeated ("这已经是第三回了") — in the first message or only later — is
/// serious (2 days); one told once stays ordinary. An owner who agrees and waits for the outcome after the ticket opened
/// ("好的，我等你们的消息") hears the promise again, and nothing is added to the ticket. Whether the estate has something on
/// file is no question for the handbook. A building and unit written in Chinese numerals (五号楼二单元) place a public
/// repair; where a runaway child was found is not where the broken door is. A bound owner who opens with the flat and
/// its last four is greeted, not shown the "which one?" menu.
/// </summary>
public sealed class RoundHundredTwoChatTests
{
    [Fact]
    public async Task Conduct_said_to_be_repeated_after_the_first_words_makes_a_staff_complaint_serious()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send($"前台的小姑娘说好今天帮我把门禁卡开通，结果下班就走了，没人管。{room.DisplayName}，尾号{lastFour}").IgnoreReplies()
            .Send("上个月也是她，这已经是第三回了，我要投诉").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff' AND severity = 'serious'"));
    }

    [Fact]
    public async Task A_staff_complaint_told_once_stays_ordinary()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send($"前台的小姑娘说好今天帮我把门禁卡开通，结果下班就走了，没人管。{room.DisplayName}，尾号{lastFour}").IgnoreReplies()
            .Send("我要投诉，太不负责了").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff' AND severity = 'normal'"));
    }

    [Fact]
    public async Task Waiting_for_the_outcome_after_opening_hears_the_promise_and_adds_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 2);
        await host.Flow()
            .Send($"保安对我态度很差，还骂人。{room.DisplayName}，尾号{lastFour}").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("行，就这样记上。我等着看物业怎么处理").AssertReply(reply =>
            {
                Assert.Contains("工单", reply.Text);
                Assert.Contains("2天", reply.Text);
                Assert.DoesNotContain("补充", reply.Text);
                Assert.DoesNotContain("依据", reply.Text);
            })
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM ticket_events WHERE detail LIKE '%等着看%'"));
    }

    [Fact]
    public async Task Waiting_with_something_more_to_say_still_adds_it()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 2);
        await host.Flow()
            .Send($"保安对我态度很差，还骂人。{room.DisplayName}，尾号{lastFour}").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("好的，我等消息，那个保安是晚班戴眼镜的").AssertReply(reply => Assert.Contains("补充", reply.Text))
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM ticket_events WHERE detail LIKE '%戴眼镜%'"));
    }

    [Fact]
    public async Task Asking_whether_the_estate_has_it_on_file_is_not_answered_from_the_handbook()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(4, unit: 1);
        await host.Flow()
            .Send("上周报的修马桶，说好张工昨天下午来，等了一下午没人来，电话也不接，太过分了").IgnoreReplies()
            .Send($"{room.DisplayName}，你们系统里没记录吗？").AssertReply(reply => Assert.DoesNotContain("业主手册", reply.Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_building_and_unit_in_Chinese_numerals_place_a_public_repair()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("楼下的单元门坏了，关不上").IgnoreReplies()
            .Send("五号楼二单元").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.general' AND location LIKE '5栋2单元%'"));
    }

    [Fact]
    public async Task Where_someone_was_found_is_not_where_the_matter_is()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("孩子自己推开单元门跑出去了，最后在车库那边找到的。那个门一推就开，麻烦修一下").AssertReply(reply => Assert.Contains("位置", reply.Text))
            .Send("3栋1单元").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE location LIKE '3栋1单元%' AND location NOT LIKE '%车库%'"));
    }

    [Fact]
    public async Task A_bound_owner_who_opens_with_the_flat_is_greeted_and_the_matter_told_next_is_placed_alone()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").IgnoreReplies()
            .Send("谢谢").IgnoreReplies()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply(reply =>
            {
                Assert.Contains("已绑定", reply.Text);
                Assert.DoesNotContain("哪一项", reply.Text);
            })
            .Send("楼下的单元门坏了，关不上").AssertReply(reply => Assert.DoesNotContain("尾号", reply.Text))
            .StartTestAsync();
    }
}
