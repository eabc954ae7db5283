using IMessageClassifier = ConciergeBot.Dialogs.Root.IMessageClassifier;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Handbook;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the live check after rounds 80 and 81 and the seventy-fifth conversation set showed, as classes, in sentences of
/// our own: a flat's fee asked after a report at that flat; a public place put right in the message that gives the
/// writer's home; a child stuck in a bin or a chest; a fire put out but still smoking, told in mixed English; a complaint
/// lodged with the estate is no chatter (guards: these pass before too).
/// </summary>
public sealed class RoundEightyTwoChatTests
{
    [Theory]
    [InlineData("顺便问下一个季度物业费多少？", "1,075.20")]
    [InlineData("对了，她那边一年物业费要多少钱", "4,300.80")]
    public async Task A_fee_amount_asked_after_a_report_at_a_named_flat_is_computed_for_that_flat(string question, string amount)
    {
        // The writer's own flat is unknown; the flat in the report (128㎡ high-rise) is the one the fee is asked of.
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我妈在3栋1单元1202摔倒了，躺在地上起不来").IgnoreReplies()
            .Send("13911112222").IgnoreReplies()
            .Send(question).AssertReply(reply => Assert.Contains(amount, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("哦不对，不是南门，是东门，9栋旁边那个投放点，我记岔了。我住{flat}")]
    [InlineData("说错了，应该是东门那边9栋边上的投放点，不是南门。我家住{flat}")]
    public async Task A_public_place_put_right_in_the_message_that_gives_the_writers_home_stays_the_place(string correction)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(9, unit: 1);
        await host.Flow()
            .Send("南门那个垃圾投放点的桶三天没人清了，满出来一地，苍蝇到处飞").IgnoreReplies()
            .Send(correction.Replace("{flat}", room.DisplayName, StringComparison.Ordinal)).IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.other' AND location LIKE '%东门%'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE location LIKE '%南门%'"));
    }

    [Theory]
    [InlineData("人没事，就是吓了一跳。你们能不能管管这些骑手，别在小区里骑那么快")]
    [InlineData("Nobody got hurt, my son was just scared. Can you stop those riders speeding through the gate?")]
    public async Task Nobody_hurt_in_answer_to_the_one_tap_after_a_near_miss_sends_nobody_now(string reply)
    {
        await using var host = await BotTestHost.StartAsync(configure: services =>
            services.AddSingleton<IMessageClassifier>(provider => new ModelOnlyClassifier("差点被", IntentCode.Emergency,
                ActivatorUtilities.CreateInstance<ConciergeBot.Dialogs.Root.TrainedClassifier>(provider))));
        await host.Flow()
            .Send("刚才在北门口，我儿子差点被一辆送快递的电动车撞到，骑得飞快").AssertReply("马上派人").IgnoreReplies()
            .Send(reply).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'complaint.%'"));
    }

    [Theory]
    [InlineData("对，下午三点")]
    [InlineData("嗯嗯 就下午3点")]
    public async Task The_new_visit_time_said_back_after_it_was_moved_is_confirmed_not_a_new_request(string saidBack)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 2);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("卫生间的灯泡坏了，想请师傅明天上午十点来换一下").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("不好意思，明天上午有事，改到明天下午3点吧").AssertReply("15:00")
            .Send(saidBack).AssertReply(reply => Assert.Contains("15:00", reply.Text, StringComparison.Ordinal))
            .Send("那明天师傅大概几点到？").AssertReply(reply => Assert.Contains("15:00", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    /// <summary>The trained classifier, except that a message with <paramref name="phrase"/> is an emergency of the model's alone.</summary>
    [Theory]
    [InlineData("南门旁边那个大垃圾桶里有个小孩爬进去捡球，盖子掉下来了，他现在出不来")]
    [InlineData("喂！南门嗰个大垃圾桶 有个细路仔爬咗入去执波 个盖跌咗落嚟 佢而家出唔返嚟")]
    [InlineData("孩子钻进楼下的旧冰柜里玩，门关上了出不来")]
    public void A_child_who_climbed_into_a_bin_or_a_chest_and_cannot_get_out_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我家猫钻进柜子里出不来了")]
    [InlineData("小孩掉进垃圾桶出不来的新闻你看了吗")]
    public void An_animal_or_a_story_is_no_child_stuck_in_a_bin(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_fire_put_out_that_is_still_smoking_told_in_mixed_English_is_an_emergency() =>
        TrainedClassifier.AssertRaisedByACue(
            "No power since 8:30. 我点了根蜡烛 in the bathroom and it set the towels on fire!! 我用水泼灭了 but it's still smoking", IntentCode.Emergency);

    [Fact]
    public void A_fire_put_out_with_all_fine_now_is_no_emergency() =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify("the towels caught fire from a candle but I put it out, all fine now, just telling you").Intent);

    [Theory]
    [InlineData("昨晚停电停了五个钟，冰箱里的肉和海鲜全臭了，你们物业连个通知都没有，我要投诉，要求赔偿")]
    [InlineData("冰箱里的东西全坏了，几百块钱，你们物业一句线路故障就完事了？我要投诉")]
    public void A_complaint_lodged_with_the_estate_is_no_chatter(string text) =>
        Assert.StartsWith("complaint.", TrainedClassifier.Classify(text).Intent, StringComparison.Ordinal);
}

/// <summary>A question in regional speech the handbook does not know as written is read with its regional words folded.</summary>
public sealed class RoundEightyTwoHandbookTests(HandbookAnswererFixture fixture) : IClassFixture<HandbookAnswererFixture>
{
    [Theory]
    [InlineData("咁如果下次停電嗰陣有人困咗喺電梯入面，應該點做？", "safety.lift")]
    [InlineData("如果屋企啲老人家困咗喺𨋢入面點算", "safety.lift")]
    public void A_question_in_Cantonese_is_answered_from_the_handbook(string question, string entry)
    {
        var answer = fixture.Answerer.Answer(question);
        Assert.True(answer.Known, answer.Text);
        Assert.Equal(entry, answer.SourceId);
    }
}
