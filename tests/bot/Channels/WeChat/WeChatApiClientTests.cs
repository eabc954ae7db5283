using ConciergeBot.Channels.WeChat;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

public sealed class WeChatApiClientTests
{
    private static WeChatApiClient Client(FakeWeChatServer server, TimeProvider clock, HttpClient http, string template = "") =>
        new(http, Options.Create(new WeChatOptions
        {
            AppId = FakeWeChatServer.AppId,
            AppSecret = FakeWeChatServer.AppSecret,
            ApiBaseUrl = server.BaseUrl,
            ServiceTemplateId = template,
        }), clock, NullLogger<WeChatApiClient>.Instance);

    [Fact]
    public async Task Outside_the_48_hour_window_the_message_goes_as_the_configured_template_and_without_one_it_fails_visibly()
    {
        await using var server = await FakeWeChatServer.StartAsync();
        using var http = new HttpClient();
        server.OutOfWindow["oQuiet"] = true;

        await Client(server, new ManualClock(), http, template: "tpl-service-notice").SendTextAsync("oQuiet", "您的工单 20261202-0001 已处理完毕。", default);
        await Client(server, new ManualClock(), http, template: "tpl-service-notice").SendTextAsync("oActive", "您好", default);

        Assert.Equal([("oQuiet", "tpl-service-notice", "您的工单 20261202-0001 已处理完毕。")], server.TemplateMessages);
        Assert.Equal([("oActive", "您好")], server.CustomMessages);
        var refused = await Assert.ThrowsAsync<WeChatApiException>(() => Client(server, new ManualClock(), http).SendTextAsync("oQuiet", "再次通知", default));
        Assert.Equal(WeChatApiClient.OutOfWindow, refused.ErrorCode);
    }

    [Fact]
    public async Task Access_token_is_cached_until_shortly_before_it_expires()
    {
        await using var server = await FakeWeChatServer.StartAsync();
        using var http = new HttpClient();
        var clock = new ManualClock();
        var client = Client(server, clock, http);

        await client.SendTextAsync("oUser", "您好", default);
        await client.SendTextAsync("oUser", "再次问候", default);
        Assert.Equal(1, server.TokenRequests);

        clock.Advance(TimeSpan.FromSeconds(7200 - 301));
        await client.SendTextAsync("oUser", "仍然有效", default);
        Assert.Equal(1, server.TokenRequests);

        clock.Advance(TimeSpan.FromSeconds(2));
        await client.SendTextAsync("oUser", "提前刷新", default);
        Assert.Equal(2, server.TokenRequests);
        Assert.Equal(["您好", "再次问候", "仍然有效", "提前刷新"], server.CustomMessages.Select(m => m.Content));
    }

    [Fact]
    public async Task A_token_revoked_by_wechat_is_replaced_once_and_the_message_still_goes_out()
    {
        await using var server = await FakeWeChatServer.StartAsync();
        using var http = new HttpClient();
        var client = Client(server, new ManualClock(), http);
        await client.SendTextAsync("oUser", "第一条", default);

        server.RevokeTokens();
        await client.SendTextAsync("oUser", "第二条", default);

        Assert.Equal(2, server.TokenRequests);
        Assert.Equal(2, server.CustomMessages.Count);
    }

    [Fact]
    public async Task Concurrent_senders_share_one_token_request()
    {
        await using var server = await FakeWeChatServer.StartAsync();
        using var http = new HttpClient();
        var client = Client(server, new ManualClock(), http);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.SendTextAsync("oUser", $"消息{i}", default)));

        Assert.Equal(1, server.TokenRequests);
        Assert.Equal(10, server.CustomMessages.Count);
    }
}
