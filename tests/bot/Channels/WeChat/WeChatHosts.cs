using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

/// <summary>The bot configured for the fake account, in safe mode (the default of <see cref="BotHost"/>) or in plain mode.</summary>
internal static class WeChatHosts
{
    /// <summary>No EncodingAESKey: the account accepts plain pushes (with a key it accepts only encrypted ones).</summary>
    public static BotHost PlainMode(Uri weChatApi, Action<IServiceCollection>? services = null) =>
        new(weChatApi: weChatApi, settings: new Dictionary<string, string?> { ["WeChat:EncodingAesKey"] = "" }, services: services);
}
