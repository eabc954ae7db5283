namespace ConciergeBot.Tests.Bot.Channels.Browser;

/// <summary>
/// Microsoft's Web Chat (unmodified, from npm) and DirectLineJS in headless Debian Chromium, against the real bot
/// on a real port. They fail — never skip — when Chromium is missing.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WebChatBrowserTests
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Web_chat_page_holds_a_conversation_in_headless_chromium(string transport)
    {
        NodeScript.RequireBrowser();
        await using var host = new BotHost();
        var url = host.StartKestrel();

        var result = await NodeScript.RunAsync("webchat-conversation.mjs", url.ToString(), "卧室灯泡坏了", transport);

        Assert.Contains("翠湖苑", result["header"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("8:30", result["header"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("智能管家", result["greeting"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(result["suggestedActions"]!.AsArray());
        Assert.NotEmpty(result["turns"]![0]!["replies"]!.AsArray());
        Assert.True(result["clickedAButton"]!.GetValue<bool>(), "the confirmation should have been a suggested-action button");
        Assert.False(result["sendFailed"]!.GetValue<bool>());
        Assert.Empty(result["consoleErrors"]!.AsArray());

        // The bot quoted a ticket number, and that ticket was committed before the reply.
        var number = result["ticketNumber"]?.GetValue<string>();
        Assert.Matches(@"^\d{8}-\d{4}$", number);
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE number = '{number}'"));
    }

    [Fact]
    public async Task DirectLineJS_talks_to_the_bot_over_the_websocket_stream()
    {
        NodeScript.RequireBrowser();
        await using var host = new BotHost();
        var url = host.StartKestrel();

        var result = await NodeScript.RunAsync("directlinejs-websocket.mjs", url.ToString(), "你好");

        var userId = result["userId"]!.GetValue<string>();
        Assert.Equal(userId, result["echo"]!["from"]!.GetValue<string>());
        Assert.Equal("djs-1", result["echo"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(result["postedId"]!.GetValue<string>(), result["echo"]!["id"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(result["reply"]!.GetValue<string>()));
        Assert.Contains(2, result["statuses"]!.AsArray().Select(s => s!.GetValue<int>())); // ConnectionStatus.Online
    }
}
