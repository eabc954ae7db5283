using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Handbook;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using IMessageClassifier = ConciergeBot.Dialogs.Root.IMessageClassifier;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the seventy-sixth conversation set left failing, as classes, in sentences of our own: the writer's home named as
/// a room "in the same unit" as the household complained of.
/// </summary>
public sealed class RoundEightyFourChatTests
{
    [Theory]
    [InlineData("我住同一个单元的{room}，就在他们楼上")]
    [InlineData("我家是同一單元的{room}")]
    [InlineData("我们是这个单元{room}的")]
    public async Task A_home_named_as_a_room_in_the_same_unit_as_the_complained_household_is_the_writers_home(string home)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        var belowRoom = (int.Parse(room.Room, System.Globalization.CultureInfo.InvariantCulture) - 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var below = $"{room.Building}栋{room.Unit}单元{belowRoom}";
        await host.Flow()
            .Send($"想投诉一下{below}，每天晚上十一点多还在拖椅子、砸东西，吵得孩子睡不着").IgnoreReplies()
            .Send(home.Replace("{room}", room.Room, StringComparison.Ordinal)).AssertReply(reply => Assert.Contains(room.Room, reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .StartTestAsync();

        // The household complained of stays the ticket's place; the writer's own flat is noted as the complainant's.
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND room = '{belowRoom}' AND description LIKE '%投诉人住址%{room.DisplayName}%'"));
    }

    [Theory]
    [InlineData("孩子没事，就是吓哭了。你们能不能管管这些外卖骑手，别让他们在小区里骑那么快")]
    [InlineData("人倒是没伤着，但这些送外卖的太嚣张了，物业到底管不管")]
    public async Task Nobody_hurt_and_a_complaint_after_a_near_miss_read_urgent_by_the_model_alone_files_the_complaint(string reply)
    {
        // RoundEightyTwoChatTests has the same for a near miss the model alone read as an emergency.
        await using var host = await BotTestHost.StartAsync(configure: services =>
            services.AddSingleton<IMessageClassifier>(provider => new ModelOnlyClassifier("差点被", IntentCode.PublicUrgent,
                ActivatorUtilities.CreateInstance<ConciergeBot.Dialogs.Root.TrainedClassifier>(provider))));
        await host.Flow()
            .Send("早上送娃上学，西门口我们差点被一辆外卖电动车撞到，从人行道直接冲过来的").AssertReply("马上派人").IgnoreReplies()
            .Send(reply).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('emergency', 'public.urgent')"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'complaint.%' AND location LIKE '%西门%'"));
    }

    [Theory]
    [InlineData("孩子没事，不过这个电梯门得赶紧修一下")]
    public async Task Nobody_hurt_after_a_near_miss_with_a_fault_still_dangerous_keeps_the_fast_class(string reply)
    {
        await using var host = await BotTestHost.StartAsync(configure: services =>
            services.AddSingleton<IMessageClassifier>(provider => new ModelOnlyClassifier("差点夹", IntentCode.PublicUrgent,
                ActivatorUtilities.CreateInstance<ConciergeBot.Dialogs.Root.TrainedClassifier>(provider))));
        await host.Flow()
            .Send("5栋1单元的电梯门关得特别快，刚才差点夹到我家孩子").AssertReply("马上派人").IgnoreReplies()
            .Send(reply).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'complaint.%'"));
    }

    [Theory]
    [InlineData("噢那你们停水之前会不会先通知的我上回一点都不知道还以为家里水管出问题了")]
    [InlineData("那你们停电之前能不能提前通知一下的上回我还以为是我家跳闸了")]
    public async Task Whether_a_cut_is_announced_asked_without_a_question_mark_is_answered_not_filed(string question)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send(question).AssertReply("24小时")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}

/// <summary>The fee of a flat named beside the writer's own introduction is that flat's (fresh69-14, after the model read the rest alone).</summary>
public sealed class RoundEightyFourHandbookTests(HandbookAnswererFixture fixture) : IClassFixture<HandbookAnswererFixture>
{
    [Theory]
    [InlineData("我是3栋1单元801的业主。我妈住8栋2单元501，物业费一直是我帮她交，一年多少钱？", "5,491.20")]
    [InlineData("你好，我住3栋1单元801，想问下我岳父那套8栋2单元501一个季度的物业费", "1,372.80")]
    [InlineData("8栋2单元501一年物业费多少？我是3栋1单元801的业主，帮老人问的", "5,491.20")]
    public void The_fee_of_another_flat_asked_beside_the_writers_own_is_computed_for_that_flat(string question, string amount)
    {
        var answer = fixture.Answerer.Answer(question);
        Assert.Contains(amount, answer.Text, StringComparison.Ordinal);
    }
}
