using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Channels.Proactive;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Channels.WebChat;

namespace ConciergeBot.Channels;

/// <summary>
/// The channels owners and staff talk to the bot through, each registered in its own folder: Direct Line 3.0 (and
/// the /chat page on it), the WeChat Official Account, and proactive messages (ticket updates to owners).
/// </summary>
public static class ChannelsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDirectLine();
        builder.Services.AddWeChat();
        builder.Services.AddProactiveMessages();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.MapDirectLine();
        app.MapWebChat();
        app.MapWeChat();
        return app;
    }
}
