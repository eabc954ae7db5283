using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What round 78's decontamination and the seventieth conversation set showed, as classes, in sentences of our own: the
/// flat given at the "which one?" menu is kept; a problem reported before and still there, with nothing on record, is
/// registered again; "那帮我报一下吧" after a question files the matter asked about; pressing for someone while a request is
/// open is no second request; saying who one is at a shared space's restatement changes nothing restated.
/// </summary>
public sealed class RoundSeventyEightChatTests
{
    [Fact]
    public async Task The_flat_given_at_the_menu_of_an_unclear_question_is_kept_and_its_last_four_bind_it()
    {
        await using var host = await BotTestHost.StartAsync(configure: services =>
            services.AddSingleton<IMessageClassifier>(provider => new UnsureOf("搬家那天", ActivatorUtilities.CreateInstance<TrainedClassifier>(provider))));
        var (room, lastFour) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send("搬家那天电梯和楼下的位置怎么安排").AssertReply("办理哪一项")
            .Send(room.DisplayName).AssertReply(reply => Assert.Contains("办理哪一项", reply.Text, StringComparison.Ordinal))
            .Send(lastFour).AssertReply("绑定").IgnoreReplies()
            .Send("想约个保洁阿姨，后天下午两点来打扫两个小时").AssertReply(reply => Assert.DoesNotContain("几栋几单元", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'complaint.%'"));
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND room = '{room.Room}'"));
    }

    [Theory]
    [InlineData("上周就在这里报过了，{building}栋1单元电梯厅的灯不亮，到现在还是黑的，到底有没有人管")]
    [InlineData("我都报过两次了{building}栋1单元楼道的灯到现在还是坏的")]
    public async Task A_problem_reported_before_and_still_there_with_nothing_on_record_is_registered_again(string report)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send(report.Replace("{building}", "3", StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains("重新登记", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'public.%' AND location LIKE '3栋%'"));
    }

    [Fact]
    public async Task A_problem_reported_before_with_a_ticket_on_record_is_answered_from_it()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("3栋1单元电梯厅的灯不亮了").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));

        await host.Flow()
            .Send("上周就在这里报过了，3栋1单元电梯厅的灯到现在还是黑的")
            .AssertReply(reply => Assert.DoesNotContain("重新登记", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("你好 想问一下厕所下水老往上冒味 这种你们管不管 还是我自己找人", "那帮我报一下吧，{flat}")]
    [InlineData("你好 想问一下厕所下水老往上冒味 这种你们管不管 还是我自己找人", "那就报修吧，{flat}")]
    public async Task Asking_to_file_it_after_a_question_files_the_matter_asked_about(string question, string fileIt)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 1);
        await host.Flow()
            .Send(question).AssertReply(reply => Assert.Contains("户内维修", reply.Text, StringComparison.Ordinal))
            .Send(fileIt.Replace("{flat}", room.DisplayName, StringComparison.Ordinal)).IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("明天上午10点").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent LIKE 'repair.%' AND room = '{room.Room}'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent NOT LIKE 'repair.%'"));
    }

    [Fact]
    public async Task Declining_to_file_it_after_a_question_files_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你好 问下家里地漏老是返臭味 这种你们物业管不管啊").IgnoreReplies()
            .Send("好的知道了，不用报了，我自己先弄弄看").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("好的，麻烦快点派个人过来，晚上还要做饭")]
    [InlineData("对，麻烦快点安排人，家里一堆衣服要洗")]
    public async Task Pressing_for_someone_while_a_request_is_open_is_no_second_request(string pressing)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(1, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("家里突然停水了，水龙头一滴水都没有").IgnoreReplies()
            .Send(pressing).AssertReply(reply => Assert.DoesNotContain("也记下了", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .Send("没有了").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("我就是{flat}的业主，你们赶紧派人来修就行")]
    [InlineData("我住{flat}，快点安排人来弄吧")]
    public async Task Saying_who_one_is_while_pressing_at_a_shared_space_restatement_registers_it(string reply)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(4, unit: 1);
        await host.Flow()
            .Send("4栋1单元电梯口那一段的灯不亮，晚上黑漆漆的").AssertReply(r => Assert.Contains("以上信息对吗", r.Text, StringComparison.Ordinal))
            .Send(reply.Replace("{flat}", room.DisplayName, StringComparison.Ordinal)).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'public.%' AND room IS NULL AND location LIKE '4栋%'"));
    }

    [Theory]
    [InlineData("书房墙上的插座冒烟了，有股烧焦的味道")]
    [InlineData("厨房里的电饭煲插头冒烟了，一股烧焦的味道")]
    public async Task An_emergency_in_a_room_of_the_home_the_writer_named_first_is_sent_there(string report)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(6, unit: 1);
        await host.Flow()
            .Send($"你好，我是{room.DisplayName}李女士家的保姆").IgnoreReplies()
            .Send(report).AssertReply(reply => Assert.Contains("登记", reply.Text, StringComparison.Ordinal))
            .AssertReply(reply => Assert.DoesNotContain("具体位置", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 6 AND room = '{room.Room}'"));
    }

    [Fact]
    public async Task An_emergency_in_a_shared_place_is_not_put_at_the_home_named_first()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(6, unit: 1);
        await host.Flow()
            .Send($"你好，我是{room.DisplayName}李女士家的保姆").IgnoreReplies()
            .Send("楼道里的电表箱冒烟了，一股烧焦的味道").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count($"SELECT COUNT(*) FROM tickets WHERE room = '{room.Room}'"));
    }

    [Theory]
    [InlineData("OK my wife says go ahead, sorry for the back and forth")]
    [InlineData("Right, please go ahead with it, tomorrow afternoon is fine")]
    public async Task Go_ahead_in_English_after_calling_a_request_off_takes_it_up_again(string goAhead)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("The bathroom tap keeps dripping, could someone come and change it?").IgnoreReplies()
            .Send("Actually never mind for now, I need to check with my wife first").AssertReply("取消").IgnoreReplies()
            .Send(goAhead).AssertReply("恢复").IgnoreReplies()
            .Send("How much will it cost?").AssertReply(reply => Assert.Contains("30元", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_what_if_about_a_fire_asking_whom_to_call_first_hears_the_fire_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("问一下哈，万一家里电动车电池冒烟着火了，应该先打119还是先打你们物业电话").AssertReply(reply => Assert.Contains("119", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("ok I unplugged it and put it out on the balcony, the smoke has stopped but the room smells awful")]
    [InlineData("插头我已经拔了，把它拿到阳台上了，现在不冒烟了就是屋里很难闻")]
    [InlineData("ok I picked it up with oven gloves and dropped it in the sink, window's open now. no more flames but the whole bedroom stinks")]
    [InlineData("I just threw a wet towel over it and moved it to the bathtub, no more smoke but the room reeks of burnt plastic")]
    public async Task What_the_owner_just_did_after_an_emergency_is_no_second_request(string done)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("The phone charger on my bed just burst into flames and there's smoke everywhere").IgnoreReplies()
            .Send(done).AssertReply(reply => Assert.DoesNotContain("也记下了", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_fee_asked_after_a_repair_filed_from_a_question_is_answered_with_the_fee()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(5, unit: 1);
        await host.Flow()
            .Send("你好 想问一下厕所下水老往上冒味 这种你们管不管 还是我自己找人").IgnoreReplies()
            .Send($"那帮我报一下吧，{room.DisplayName}").IgnoreReplies()
            .Send("不用，正常登记就行").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("后天上午十点，电话13912345678").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("顺便问下一年物业费多少").AssertReply(reply =>
            {
                Assert.DoesNotContain("户内的维修", reply.Text, StringComparison.Ordinal);
                Assert.Contains("物业服务费", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    /// <summary>The trained classifier, except that a message with <paramref name="phrase"/> is read as an unclear question.</summary>
    private sealed class UnsureOf(string phrase, IMessageClassifier inner) : IMessageClassifier
    {
        public MessageReading Read(string normalizedText, DateTimeOffset now) =>
            normalizedText.Contains(phrase, StringComparison.Ordinal)
                ? inner.Read(normalizedText, now) with { Intent = IntentCode.InquiryGeneral, Confidence = 0.4, RunnerUp = IntentCode.ServiceConcierge, NeedsClarification = true, Cue = null, OutOfDomain = false }
                : inner.Read(normalizedText, now);
    }
}

public sealed class RoundSeventyEightReadingTests
{
    [Theory]
    [InlineData("哈喽，想请个家政，家里实在太乱了")]
    [InlineData("你好，想约个保洁，最近天天在家，乱得没法看了")]
    [InlineData("想请个钟点工，最近太累了")]
    public void A_cleaner_booked_in_chatty_words_is_a_concierge_errand(string text) =>
        Assert.Equal(IntentCode.ServiceConcierge, TrainedClassifierReading(text));

    [Theory]
    [InlineData("你好 问下楼顶水箱老是有怪味 这种你们物业管不管啊")]
    [InlineData("你好 想问一下厕所下水老往上冒味 这种你们管不管 还是我自己找人")]
    public void Whose_job_a_matter_is_asked_in_chatty_words_is_a_question(string text) =>
        Assert.Equal(IntentCode.InquiryGeneral, TrainedClassifierReading(text));

    [Theory]
    [InlineData("保洁阿姨今天把楼道拖得好干净，辛苦啦")]
    [InlineData("世界杯转播到底归谁管啊")]
    public void Chat_that_books_nothing_and_asks_nothing_of_the_estate_stays_chat(string text) =>
        Assert.NotEqual(IntentCode.ServiceConcierge, TrainedClassifierReading(text));

    [Theory]
    [InlineData("Hello, we live in building 6 and our electricity keeps cutting out. The breaker trips each time I reset it. No smell or smoke, it just snaps off and everything goes dark")]
    [InlineData("你好，我家一直停电，电闸一推上去就跳，推了好几次都这样，没有烟也没有味道，整个屋子黑漆漆的")]
    [InlineData("The breaker keeps tripping whenever I push it back up. No smell or smoke at all, the lights just go out")]
    public void An_urgent_repair_cue_with_the_smell_ruled_out_is_the_urgent_repair(string text) =>
        ConciergeBot.Tests.Dialogs.Understanding.Intents.TrainedClassifier.AssertRaisedByACue(text, IntentCode.RepairUrgent);

    private static string TrainedClassifierReading(string text) =>
        ConciergeBot.Tests.Dialogs.Understanding.Intents.TrainedClassifier.Classify(text).Intent;
}
