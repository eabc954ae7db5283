using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the sixty-seventh and sixty-eighth conversation sets showed, as classes, in sentences of our own: an answer to
/// the one tap ("send someone now?") that says the trouble is over, only wants to know what to do, or takes the advice
/// with thanks — in English as in Chinese — sends nobody and opens nothing; an English report beside the flat and its
/// last four is taken up; where the writer went to wait is not the danger's place; the gas company's number is
/// answered at any prompt; things left out by a household named by its flat are a complaint about that household.
/// </summary>
public sealed class RoundSeventyFourChatTests
{
    [Theory]
    [InlineData("My power tripped yesterday evening with the radiator and the oven running", "I flipped it back up and it's been fine since. I don't need anyone to come, just wanted to know how to avoid it next time.")]
    [InlineData("The whole flat lost power last night, the heater and kettle were on", "It's all working again now. Not asking for someone to come over, I only want to know what to do if it happens again.")]
    [InlineData("昨晚电暖器和电热毯一起开，家里跳闸了", "推上去就好了，我就是想了解一下以后要注意点什么")]
    public async Task An_answer_to_the_one_tap_or_the_next_prompt_that_only_wants_to_know_what_to_do_opens_nothing(string report, string answer)
    {
        // Whether the model reads the report as urgent (the one tap), as an ordinary repair (the time prompt) or as unclear
        // (the menu) — the English past power loss moves between them as the corpus is decontaminated — the answer opens nothing.
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}。{report}").IgnoreReplies()
            .Send(answer).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("It tripped again just now and won't go back up, the fridge is off. Can someone come?")]
    [InlineData("又跳了，推不上去，冰箱都停了，快派人来")]
    public async Task An_answer_to_the_one_tap_that_wants_someone_still_opens_the_urgent_repair(string answer)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}。The whole flat lost power last night, the heater and kettle were on").IgnoreReplies()
            .Send(answer).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.urgent' AND building = 6 AND unit = 1"));
    }

    [Theory]
    [InlineData("The bathroom light stopped working last night")]
    [InlineData("No hot water since this morning")]
    [InlineData("The toilet is blocked")]
    public async Task An_english_report_beside_the_flat_and_its_last_four_is_taken_up_not_dropped(string report)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}, last four {lastFour}. {report}")
            .AssertReply("绑定").AssertReply(reply => Assert.DoesNotContain("请问有什么可以帮您", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("阀门已经关了，我带着老人在门外楼道里等着")]
    [InlineData("窗都开了，我们全家都跑到楼下站着了")]
    public async Task Where_the_writer_waits_after_getting_out_is_not_where_the_danger_is(string whereTheyWait)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send("灶台点了几次都没点着，现在满屋子臭鸡蛋味，越来越冲").IgnoreReplies()
            .Send(whereTheyWait).AssertReply("补充").AssertReply("位置")
            .Send(room.DisplayName).IgnoreReplies()
            .Send("燃气公司的号码是多少啊？我这边也打一下").AssertReply(reply => Assert.Contains("96777", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 4 AND unit = 2 AND room = '{room.Room}'"));
    }

    [Fact]
    public async Task A_question_at_the_phone_prompt_of_an_emergency_is_answered_and_the_phone_still_taken()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"{room.DisplayName}，家里厨房一股煤气味，越来越浓").IgnoreReplies()
            .Send("燃气公司的电话是多少？我自己也打一个").AssertReply(reply => Assert.Contains("96777", reply.Text, StringComparison.Ordinal))
            .Send("13912345678").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND contact = '13912345678'"));
    }

    [Theory]
    [InlineData("明白了，以后不同时开那么多电器就是了，谢谢")]
    [InlineData("OK got it, I'll not run them together again. Thanks!")]
    public async Task Advice_taken_with_thanks_at_the_one_tap_is_no_yes(string reply)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}。昨晚电暖器和电热毯一起开，家里跳闸了").AssertReply("绑定").AssertReply("马上派人")
            .Send(reply).AssertReply(reply => Assert.DoesNotContain("工单号", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("It tripped once last week and came back after I reset it. I'd just like to know what I should do if it happens at night.")]
    [InlineData("The hall light flickered yesterday, fine now. Wondering what we should do if it starts again.")]
    public async Task An_english_report_that_only_wants_to_know_what_to_do_if_it_happens_again_opens_nothing(string message)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send(message).AssertReply(reply => Assert.DoesNotContain("马上派人", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("我们单元楼梯间堆了一堆旧家具和纸箱，是{above}家换下来的，都放了好几天了，万一着火都跑不出去")]
    [InlineData("消防通道被{above}家的旧柜子堵了好几天了，真有事怎么跑")]
    public async Task Things_left_out_by_a_household_named_by_its_flat_are_a_complaint_about_that_household(string message)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 1);
        var above = $"{room.Floor + 1}{room.Room[^2..]}";
        await host.Flow()
            .Send(message.Replace("{above}", above, StringComparison.Ordinal)).IgnoreReplies()
            .Send($"我是{room.DisplayName}的，尾号{lastFour}").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = 5 AND unit = 1 AND room = '{above}'"));
    }
}
