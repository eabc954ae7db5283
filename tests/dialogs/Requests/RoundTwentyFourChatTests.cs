using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the seventeenth fresh conversation set found, as classes, in sentences of our own: a smell asked about "if" and
/// then smelled now opens at once with its safety instructions; someone waiting at the door answers "when?" with "now";
/// a problem that came back, asked about with a report not on record here, is registered again.
/// </summary>
public sealed class RoundTwentyFourChatTests
{
    [Fact]
    public async Task A_smell_asked_about_and_then_smelled_now_opens_an_emergency_with_its_instructions()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("要是屋里闻到燃气味，我该先做什么？").AssertReply("燃气阀门")
            .Send("说实话我现在卫生间就有点这种味道").AssertReply("紧急登记", "燃气阀门")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task The_same_words_after_an_answer_about_something_else_open_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("装修可以几点开始？").IgnoreReplies()
            .Send("我现在家里有点这种味道").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task Someone_waiting_at_the_door_answers_when_with_as_soon_as_possible()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(8);
        await host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("我家阿姨出门倒垃圾门被风关上了，钥匙在里面，麻烦派人来开下门").IgnoreReplies()
            .Send("她人就在门口等着，电话13926581437").AssertReply("上门时间：尽快", "139****1437")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_problem_that_came_back_with_its_old_report_not_on_record_is_registered_again()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("上个月报过厨房水槽下面渗水，师傅来修过了，现在又开始渗了，之前的单子能查到吗").AssertReply("查不到", "重新登记")
            .StartTestAsync();
    }
}
