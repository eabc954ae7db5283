using ConciergeBot.Cli;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Bot.Cli;

public sealed class ChatCommandTests
{
    [Fact]
    public async Task Chat_holds_a_conversation_and_continues_it_next_time()
    {
        var dir = TempDirectory.Create();
        var first = new StringWriter();
        Assert.True(CliCommands.TryGet(["chat"], out var chat));
        var exit = await chat(["--user", "zhang", $"--Storage:DataDirectory={dir}"], new StringReader("嗯那个我想问一下啊\n"), first);
        Assert.Equal(0, exit);
        var text = first.ToString();
        Assert.Contains("管家：", text, StringComparison.Ordinal);
        Assert.Contains("智能管家", text, StringComparison.Ordinal);
        Assert.Contains("确认一下", text, StringComparison.Ordinal);

        var second = new StringWriter();
        await chat(["--user", "zhang", $"--Storage:DataDirectory={dir}"], new StringReader("转人工\n/quit\n"), second);
        Assert.Contains("人工客服", second.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("智能管家。", second.ToString(), StringComparison.Ordinal);
    }
}
