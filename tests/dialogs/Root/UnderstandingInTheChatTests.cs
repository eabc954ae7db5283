using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Root;

/// <summary>
/// What the understanding issue changes in a real chat (the real classifier, a real SQLite file): out-of-domain
/// chatter gets small talk and no ticket, a life-safety word in a general question gets a one-tap safety check,
/// a fast class only the model read is confirmed before anyone is sent, everyday replies end the conversation.
/// </summary>
public sealed class UnderstandingInTheChatTests
{
    [Fact]
    public async Task A_question_about_trains_is_small_talk_and_opens_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("到无锡到北京的火车有几趟了").AssertReply("帮不上忙", "报修")
            .Send("来首火红的萨日朗").AssertReply("帮不上忙")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Theory]
    [InlineData("骨折了怎么办", "是否有人受伤或处于危险之中")]
    [InlineData("有人在楼道里躺着", "马上派人")]
    public async Task A_first_aid_question_or_an_urgent_class_only_the_model_read_is_confirmed_with_one_tap_before_anyone_is_sent(string message, string question)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow().Send(message).AssertReply(question).StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));

        await host.Flow().Send("紧急求助").StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Fact]
    public async Task A_cue_backed_emergency_opens_at_once_without_a_question_and_gives_the_safety_instructions_for_gas_in_any_regional_word()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("厨房好大一股瓦斯味").AssertReply("96777")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Theory]
    [InlineData("对的")]
    [InlineData("没有了")]
    [InlineData("算了")]
    public async Task Everyday_replies_open_nothing(string reply)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow().Send(reply).StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
