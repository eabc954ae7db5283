using ConciergeBot.Tests.Bot.Channels;

namespace ConciergeBot.Tests.Bot.Hosting;

/// <summary>A bad configuration stops the start, whichever feature's section it is in, instead of failing when first used.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Notifications:WeCom:MessagesPerMinute", "twenty")]
    [InlineData("Notifications:Discord:MaxRetryAfter", "soon")]
    [InlineData("Notifications:Chat:Enabled", "perhaps")]
    [InlineData("Sla:Targets:repair.nothing", "00:10:00")]
    [InlineData("Estate:DataPath", "/nonexistent/estate")]
    public async Task The_service_does_not_start_with_a_bad_setting(string key, string value)
    {
        await using var host = new BotHost(settings: new Dictionary<string, string?> { [key] = value });

        Assert.ThrowsAny<Exception>(() => host.Services);
    }
}
