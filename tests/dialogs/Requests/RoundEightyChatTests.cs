using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Handbook;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What round 80's decontamination and the seventy-second and seventy-third conversation sets showed, as classes, in
/// sentences of our own: the owner calling 120 themselves after an emergency was opened is no second emergency; a report
/// called off in everyday words ("这单就别报了", "不用派人来") is called off; a what-if in English after a sentence of
/// context is answered; a question unsure only against a complaint is answered; a small child behind a door the parent
/// cannot open is an emergency even mid-request.
/// </summary>
public sealed class RoundEightyChatTests
{
    [Theory]
    [InlineData("她右腿疼得厉害，不敢动", "我这就打120")]
    [InlineData("她右腿疼得厉害，不敢动", "好的，我已经打了120了")]
    [InlineData("她右腿疼得厉害，不敢动", "OK, I'm calling an ambulance now")]
    [InlineData("没有了", "我马上打120")]
    public async Task The_owner_calling_the_emergency_services_after_an_emergency_was_opened_is_no_second_emergency(string detailOrEnding, string ownCall)
    {
        // Before the request ends (a detail added, "anything else?" asked) or after it ("没有了"): noted on the same ticket.
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 2);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("我爸在阳台上摔倒了，躺在地上起不来，叫他也只是哼哼").AssertReply("紧急登记").IgnoreReplies()
            .Send("13911112222").IgnoreReplies()
            .Send(detailOrEnding).IgnoreReplies()
            .Send(ownCall).AssertReply(reply => Assert.Contains("已记下", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task Calling_120_told_first_is_still_an_emergency()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(6, unit: 2);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("我妈晕倒了，我这就打120，你们也快派人来").AssertReply("紧急登记").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Theory]
    [InlineData("哦对了，物业那边说上周已经有人登记过了，那这单就别报了")]
    [InlineData("不用派人来，已经没事了，就是说一声")]
    public void A_report_called_off_in_everyday_words_is_a_cancel(string text) =>
        Assert.Equal(DialogAct.Cancel, DialogActs.Read(text).Act);

    [Theory]
    [InlineData("你们别报了个单就不管了啊")]
    [InlineData("我的单子别报了吗？")]
    public void Words_about_reporting_that_call_nothing_off_are_no_cancel(string text) =>
        Assert.NotEqual(DialogAct.Cancel, DialogActs.Read(text).Act);

    [Fact]
    public async Task Water_that_came_in_last_night_and_is_gone_is_called_off_when_the_owner_says_send_nobody()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 1);
        await host.Flow()
            .Send($"{room.DisplayName}，尾号{lastFour}").AssertReply("绑定").IgnoreReplies()
            .Send("昨晚暴雨，阳台的地漏往上冒水，水漫到了客厅").IgnoreReplies()
            .Send("早上水就退了，地也拖干了，现在排水正常").IgnoreReplies()
            .Send("不用派人来，真的没事了，就是跟你们说一声").IgnoreReplies()
            .StartTestAsync();

        // Nobody was sent at any point: the water gone, told at the one tap, is no yes to sending someone now.
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('repair.urgent', 'emergency')"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task A_what_if_in_English_after_a_sentence_of_context_is_answered_with_the_fire_advice()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Fireworks go off all night around here at Spring Festival. If a rocket hits our window and the curtains catch fire, what are we supposed to do?")
            .AssertReply(reply => Assert.Contains("119", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_question_unsure_only_against_a_complaint_is_answered_without_a_menu()
    {
        await using var host = await BotTestHost.StartAsync(configure: services =>
            services.AddSingleton<IMessageClassifier>(provider => new UnsureAgainstAComplaint("moving in", ActivatorUtilities.CreateInstance<TrainedClassifier>(provider))));
        await host.Flow()
            .Send("My sister is moving in next month. Does she need to register anything with the management office before the day?")
            .AssertReply(reply =>
            {
                Assert.DoesNotContain("办理哪一项", reply.Text, StringComparison.Ordinal);
                Assert.Contains("搬家", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_complaint_unsure_against_a_question_still_gets_the_menu()
    {
        await using var host = await BotTestHost.StartAsync(configure: services =>
            services.AddSingleton<IMessageClassifier>(provider => new UnsureAgainstAComplaint("moving in", ActivatorUtilities.CreateInstance<TrainedClassifier>(provider))));
        await host.Flow()
            .Send("The movers moving in next door were rude to me, is this how your guards let them behave?")
            .AssertReply("办理哪一项")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_small_child_behind_a_door_the_parent_cannot_open_turns_a_locksmith_request_into_an_emergency()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(9, unit: 2);
        await host.Flow()
            .Send("能不能找个开锁的 我出门拿快递 门自己关上了 钥匙在屋里").IgnoreReplies()
            .Send("我闺女还在屋里 才三岁 在门后面一直哭").IgnoreReplies()
            .Send($"{room.DisplayName} 尾号{lastFour}").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND room = '{room.Room}'"));
    }

    private sealed class UnsureAgainstAComplaint(string phrase, IMessageClassifier inner) : IMessageClassifier
    {
        public MessageReading Read(string normalizedText, DateTimeOffset now) =>
            normalizedText.Contains(phrase, StringComparison.OrdinalIgnoreCase)
                ? inner.Read(normalizedText, now) with { Intent = IntentCode.InquiryGeneral, Confidence = 0.55, RunnerUp = IntentCode.ComplaintStaff, NeedsClarification = true, Cue = null, OutOfDomain = false }
                : inner.Read(normalizedText, now);
    }
}

public sealed class RoundEightyReadingTests(HandbookAnswererFixture fixture) : IClassFixture<HandbookAnswererFixture>
{
    [Fact]
    public void The_period_asked_about_wins_over_a_period_told_beside_it()
    {
        var answer = fixture.Answerer.Answer("3栋1202，我妈一直以为物业费是一年一交的。那一个季度是多少钱？");

        Assert.True(answer.Known);
        Assert.Contains("2.80 元/㎡·月 × 128 ㎡ × 3 个月", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_asked_first_wins_over_one_told_after()
    {
        var answer = fixture.Answerer.Answer("3栋1202一个季度物业费多少？我妈还以为是一年交一次");

        Assert.Contains("× 3 个月", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我闺女还在屋里 才三岁 在门后面一直哭")]
    [InlineData("儿子还在里面，才两岁，门锁打不开")]
    public void A_small_child_behind_a_door_is_an_emergency_cue(string text) =>
        ConciergeBot.Tests.Dialogs.Understanding.Intents.TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我儿子还在里面，他25岁了，门锁坏了")]
    [InlineData("女儿还在家里写作业，她12岁了")]
    public void A_grown_child_at_home_raises_no_child_cue(string text) =>
        Assert.Null(ConciergeBot.Tests.Dialogs.Understanding.Intents.TrainedClassifier.Classify(text).Cue);

    [Theory]
    [InlineData("要是厨房油锅起火了，应该先打119还是先找你们物业？")]
    [InlineData("如果电动车电池冒烟了，第一步该干嘛，要不要打119")]
    public void An_emergency_number_asked_about_in_a_what_if_is_a_question(string text) =>
        Assert.Equal(IntentCode.InquiryGeneral, ConciergeBot.Tests.Dialogs.Understanding.Intents.TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_fire_with_119_called_for_is_still_an_emergency() =>
        Assert.Equal(IntentCode.Emergency, ConciergeBot.Tests.Dialogs.Understanding.Intents.TrainedClassifier.Classify("厨房油锅起火了，快打119").Intent);
}

public sealed class RoundEightyOneChatTests
{
    [Fact]
    public async Task A_follow_up_on_an_empty_flat_s_fee_keeps_the_reduced_rate()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("请问一下，我妈在3栋1202有套房子，交房以后一直空着，没装修过，物业费是不是能少收点？").IgnoreReplies()
            .Send("明白了。那按减收的算，她那套一个月要交多少？")
            .AssertReply(reply => Assert.Contains("× 70%", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
