using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the sixty-eighth and sixty-ninth conversation sets showed, as classes, in sentences of our own: a report beside
/// an introduction and the last four is taken up whatever its words; a yes at a shared space's restatement that names the
/// household to speak to registers it where restated (the room is not the writer's home), and the place ends before "走路".
/// </summary>
public sealed class RoundSeventySixChatTests
{
    [Theory]
    [InlineData("我们单元一楼大堂放了两个旧床垫一个破柜子，放了一个星期没人管")]
    [InlineData("楼下垃圾桶旁边一堆纸箱子一直没人收拾")]
    public async Task A_report_beside_the_flat_and_its_last_four_in_words_no_list_foresees_is_taken_up(string report)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的业主，尾号{lastFour}。{report}")
            .AssertReply("绑定").AssertReply(reply => Assert.DoesNotContain("请问有什么可以帮您", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2栋1单元1203门口的走廊灯不亮了", "哦不对，是3栋1单元1203", "3栋1单元1203门口")]
    [InlineData("6栋1单元2201门口的声控灯不亮", "打错了，应该是6栋2单元2201", "6栋2单元2201门口")]
    public async Task A_building_corrected_after_a_shared_place_told_from_a_flat_moves_the_place(string report, string correction, string place)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send(report).IgnoreReplies()
            .Send(correction).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent LIKE 'public.%' AND location LIKE '{place}%'"));
    }

    [Theory]
    [InlineData("房子租出去了，我自己不住小区")]
    [InlineData("平时是我妈住这边")]
    public async Task An_introduction_beside_the_flat_and_its_last_four_is_still_only_an_introduction(string introduction)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"你好，我是{room.DisplayName}的业主，{introduction}，尾号{lastFour}")
            .AssertReply("绑定").AssertReply("请问有什么可以帮您")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("4栋2单元一楼大堂的灯坏了两盏，晚上黑乎乎的", "对的就是这样，是1501家搬家的时候撞坏的，你们去跟他们说一下")]
    [InlineData("4栋2单元电梯厅的地砖翘起来好几块，走路容易绊到", "是的就是这样，你们去找一下902，是他们家装修的时候弄的")]
    public async Task A_yes_at_a_shared_space_restatement_that_names_a_household_registers_it_where_restated(string report, string yes)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send(report).AssertReply(reply => Assert.Contains("以上信息对吗", reply.Text, StringComparison.Ordinal))
            .Send(yes).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'cancelled' AND intent LIKE 'public.%' AND room IS NULL"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE room IN ('902', '1501')"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE location LIKE '%走路%' OR location LIKE '%翘%'"));
    }
}

public sealed class FlatOfAnotherHouseholdChatTests
{
    [Theory]
    [InlineData("你好，我是{own}的业主。我妈住9栋1单元301，她不会用手机，物业费都是我帮她交", "她那套一年物业费多少钱？")]
    [InlineData("您好，我是{own}的业主，我爸一个人住9栋1单元301", "我爸那套一个季度要交多少？")]
    public async Task A_fee_asked_of_their_flat_after_the_writer_and_a_parent_named_theirs_is_the_parents_flat(string introduction, string question)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send(introduction.Replace("{own}", room.DisplayName, StringComparison.Ordinal)).IgnoreReplies()
            .Send(question).AssertReply(reply => Assert.Contains("9栋1单元301", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}

/// <summary>The flat and its last four, sent at the "which one?" menu, are an address — not a request of their own.</summary>
public sealed class LastFourPhrasesTests
{
    [Theory]
    [InlineData("4栋2单元1203 尾号3111")]
    [InlineData("5栋1单元902，手机尾号是0417")]
    [InlineData("building 3 unit 2 room 1704, last four 2213")]
    public void The_flat_with_its_last_four_is_an_address_alone(string text) =>
        Assert.True(ConciergeBot.Dialogs.Understanding.Intents.CueContext.AddressOnly(ConciergeBot.Dialogs.Requests.Slots.LastFourPhrases.Without(text)));

    [Theory]
    [InlineData("4栋2单元1203 尾号3111，我家厕所堵了")]
    [InlineData("尾号3111，南门的路灯还是不亮")]
    public void More_than_the_flat_and_its_last_four_is_not(string text) =>
        Assert.False(ConciergeBot.Dialogs.Understanding.Intents.CueContext.AddressOnly(ConciergeBot.Dialogs.Requests.Slots.LastFourPhrases.Without(text)));
}
