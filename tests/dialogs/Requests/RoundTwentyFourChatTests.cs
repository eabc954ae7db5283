using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the seventeenth fresh conversation set found, as classes, in sentences of our own: a smell asked about "if" and
/// then smelled now opens at once with its safety instructions.
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
}
