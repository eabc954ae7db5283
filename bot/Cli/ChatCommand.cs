using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Hosting;

namespace ConciergeBot.Cli;

/// <summary>
/// <c>chat [--user ID]</c>: a terminal chat with the bot through the same pipeline and database as every channel.
/// The conversation is kept per user, so quitting and coming back continues it.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var user = "cli-user";
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--user" && i + 1 < args.Length)
            {
                user = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var builder = ConciergeBotApp.CreateBuilder([.. rest]);
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("CONCIERGEBOT_CHAT_LOG") is not null)
        {
            // Logs on the console too, for finding out why a turn failed.
            builder.Logging.AddConsole();
        }
        await using var app = builder.Build();
        await app.PrepareAsync();
        var processor = app.Services.GetRequiredService<TurnProcessor>();

        await output.WriteLineAsync($"ConciergeBot 终端对话（用户 {user}）。输入消息后回车；输入 /quit 或 Ctrl+D 退出。");
        await SendAsync(processor, Incoming(user, ActivityTypes.ConversationUpdate, null), output);
        while (true)
        {
            await output.WriteAsync("> ");
            await output.FlushAsync();
            var line = await input.ReadLineAsync();
            if (line is null || line.Trim() == "/quit")
            {
                return 0;
            }
            await SendAsync(processor, Incoming(user, ActivityTypes.Message, line), output);
        }
    }

    private static Activity Incoming(string user, string type, string? text) => new()
    {
        Type = type,
        ChannelId = "cli",
        Conversation = new ConversationAccount("cli-" + user),
        From = new ChannelAccount(user, user, "user"),
        MembersAdded = type == ActivityTypes.ConversationUpdate ? [new ChannelAccount(user)] : null,
        Text = text,
        Locale = "zh-CN",
    };

    private static async Task SendAsync(TurnProcessor processor, Activity activity, TextWriter output)
    {
        foreach (var reply in await processor.ProcessAsync(activity, CancellationToken.None))
        {
            await output.WriteLineAsync("管家：" + reply.Text);
            if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                await output.WriteLineAsync("      [" + string.Join(" | ", actions.Select(a => a.Title)) + "]");
            }
        }
    }
}
