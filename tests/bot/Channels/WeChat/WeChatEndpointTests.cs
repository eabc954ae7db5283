using System.Net;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

/// <summary>The Official Account endpoint against a local fake WeChat (5 s timeout, 3 retries) over real HTTP.</summary>
public sealed class WeChatEndpointTests
{
    private const string User = WeChatPushes.User;

    private static string TextPush(string content, string msgId) => WeChatPushes.Text(content, msgId);

    private static Uri Endpoint(BotHost host) => new(host.BaseUrl!, "api/wechat");

    [Fact]
    public async Task Url_verification_echoes_only_for_a_valid_signature()
    {
        // WeChat's own example was signed on 2014-09-03: the bot's clock is set to that moment.
        await using var host = new BotHost(services: s => s.AddSingleton<TimeProvider>(new ManualClock(DateTimeOffset.FromUnixTimeSeconds(1409735669))));
        host.StartKestrel();
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        var signature = WeChatSignature.Compute(FakeWeChatServer.Token, "1409735669", "1320562132");

        var ok = await http.GetAsync($"api/wechat?signature={signature}&timestamp=1409735669&nonce=1320562132&echostr=hello123");
        var forged = await http.GetAsync("api/wechat?signature=0000&timestamp=1409735669&nonce=1320562132&echostr=hello123");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("hello123", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task Plain_text_push_gets_a_passive_reply_addressed_back_to_the_follower()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = WeChatHosts.PlainMode(wechat.BaseUrl);
        host.StartKestrel();

        var result = await wechat.PushAsync(Endpoint(host), TextPush("楼上装修太吵了", "10001"));

        var reply = WeChatXml.ParseFields(Assert.Single(result.Attempts).Body!);
        Assert.Equal(User, reply["ToUserName"]);
        Assert.Equal(FakeWeChatServer.Account, reply["FromUserName"]);
        Assert.Equal("text", reply["MsgType"]);
        Assert.False(string.IsNullOrWhiteSpace(reply["Content"]));
    }

    [Fact]
    public async Task Safe_mode_push_is_decrypted_and_answered_encrypted_with_a_valid_msg_signature()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = new BotHost(weChatApi: wechat.BaseUrl);
        host.StartKestrel();

        var result = await wechat.PushAsync(Endpoint(host), TextPush("你好", "10002"), safeMode: true);

        var envelope = WeChatXml.ParseFields(Assert.Single(result.Attempts).Body!);
        Assert.Equal(envelope["MsgSignature"],
            WeChatSignature.Compute(FakeWeChatServer.Token, envelope["TimeStamp"], envelope["Nonce"], envelope["Encrypt"]));
        var reply = WeChatXml.ParseFields(result.Crypto!.Decrypt(envelope["Encrypt"]));
        Assert.Equal(User, reply["ToUserName"]);
        Assert.False(string.IsNullOrWhiteSpace(reply["Content"]));
    }

    [Fact]
    public async Task A_push_replayed_three_times_runs_one_turn_opens_one_ticket_and_gets_the_same_reply()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = WeChatHosts.PlainMode(wechat.BaseUrl);
        host.StartKestrel();
        // An emergency opens its ticket at once (and asks for details after), so a repeated turn would show as a second ticket.
        var push = TextPush("3栋电梯困人了，快来人", "6054768590064713728");

        var replies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var result = await wechat.PushAsync(Endpoint(host), push);
            replies.Add(WeChatXml.ParseFields(result.Last.Body!)["Content"]);
        }

        Assert.Single(replies.Distinct());
        Assert.Matches(@"\d{8}-\d{4}", replies[0]);
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM transcript WHERE conversation = 'conversation/wechat/oUser' AND outbound = 0"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM wechat_inbox"));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_push_join_the_same_turn()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = WeChatHosts.PlainMode(wechat.BaseUrl);
        host.StartKestrel();
        var push = TextPush("你好", "10003");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => wechat.PushAsync(Endpoint(host), push)));

        Assert.Single(results.Select(r => WeChatXml.ParseFields(r.Last.Body!)["Content"]).Distinct());
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM transcript WHERE conversation = 'conversation/wechat/oUser' AND outbound = 0"));
    }

    [Fact]
    public async Task Forged_signature_is_refused_and_nothing_is_stored()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = new BotHost(weChatApi: wechat.BaseUrl);
        host.StartKestrel();

        var plain = await wechat.PushAsync(Endpoint(host), TextPush("你好", "10004"), signatureOverride: new string('0', 40));
        var safe = await wechat.PushAsync(Endpoint(host), TextPush("你好", "10005"), safeMode: true, signatureOverride: new string('1', 40));

        Assert.All(plain.Attempts.Concat(safe.Attempts), a => Assert.Equal((int)HttpStatusCode.Forbidden, a.Status));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM wechat_inbox"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM transcript"));
    }

    [Fact]
    public async Task Xxe_payload_and_oversized_body_are_rejected()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = WeChatHosts.PlainMode(wechat.BaseUrl);
        host.StartKestrel();
        const string xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
            "<xml><ToUserName>gh</ToUserName><FromUserName>oUser</FromUserName><CreateTime>1</CreateTime>" +
            "<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>";

        var rejected = await wechat.PushAsync(Endpoint(host), xxe);
        var huge = await wechat.PushAsync(Endpoint(host), TextPush(new string('吵', 40_000), "10006"));

        Assert.All(rejected.Attempts, a => Assert.Equal((int)HttpStatusCode.BadRequest, a.Status));
        Assert.DoesNotContain("root:", rejected.Last.Body, StringComparison.Ordinal);
        Assert.All(huge.Attempts, a => Assert.Equal((int)HttpStatusCode.RequestEntityTooLarge, a.Status));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM transcript"));
    }

    [Fact]
    public async Task Subscribe_event_is_greeted()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = WeChatHosts.PlainMode(wechat.BaseUrl);
        host.StartKestrel();
        var subscribe = $"<xml><ToUserName><![CDATA[{FakeWeChatServer.Account}]]></ToUserName><FromUserName><![CDATA[{User}]]></FromUserName>" +
            "<CreateTime>1700000100</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>";

        var result = await wechat.PushAsync(Endpoint(host), subscribe);

        var reply = WeChatXml.ParseFields(Assert.Single(result.Attempts).Body!);
        Assert.Contains("翠湖苑", reply["Content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_slower_than_the_window_answers_success_and_replies_through_the_customer_service_api()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = WeChatHosts.PlainMode(wechat.BaseUrl,
            services: s => s.AddSingleton<ITurnMiddleware>(new SlowTurnMiddleware(TimeSpan.FromSeconds(6))));
        host.StartKestrel();
        // A cold process spends a good part of a second before the first request reaches the endpoint; WeChat's
        // retry would then join the running turn (the protocol's own remedy). Warm up to test the window itself.
        await wechat.PushAsync(Endpoint(host), TextPush("你好", "10000"));

        var result = await wechat.PushAsync(Endpoint(host), TextPush("请慢慢处理：楼上装修太吵了", "10007"));
        var message = await wechat.WaitForCustomMessageAsync(TimeSpan.FromSeconds(15));

        // On a loaded machine the first attempt can itself outlast WeChat's 5 s and be retried, as WeChat does;
        // whatever the number of attempts, each answered one says "success" and the owner gets one reply.
        Assert.Equal("success", result.Last.Body);
        Assert.All(result.Attempts.Where(a => a.Status is not null), a => Assert.Equal("success", a.Body));
        Assert.Equal(User, message.ToUser);
        Assert.False(string.IsNullOrWhiteSpace(message.Content));
        Assert.Equal(1, wechat.TokenRequests);
        Assert.True(await host.WaitUntilAsync("SELECT COUNT(*) FROM wechat_inbox WHERE state = 'sent'", 1, TimeSpan.FromSeconds(5)));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(wechat.CustomMessages);
    }

    [Fact]
    public async Task A_push_wechat_gave_up_on_before_the_window_still_reaches_the_owner_once()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = WeChatHosts.PlainMode(wechat.BaseUrl,
            services: s => s.AddSingleton<ITurnMiddleware>(new SlowTurnMiddleware(TimeSpan.FromSeconds(6))));
        host.StartKestrel();
        await wechat.PushAsync(Endpoint(host), TextPush("你好", "10000"));
        wechat.PushTimeout = TimeSpan.FromSeconds(1); // every attempt hangs up long before the 4.5 s window

        var result = await wechat.PushAsync(Endpoint(host), TextPush("请慢慢处理：楼上装修太吵了", "10008"));
        var message = await wechat.WaitForCustomMessageAsync(TimeSpan.FromSeconds(15));

        // WeChat hangs up on every attempt it waits for; a retry that arrives after the turn ended may be answered, and then
        // only with "success" (the reply already went through the customer-service API), never with a second reply.
        Assert.Null(result.Attempts[0].Status);
        Assert.All(result.Attempts.Where(a => a.Status is not null), a => Assert.Equal("success", a.Body));
        Assert.Equal(User, message.ToUser);
        Assert.False(string.IsNullOrWhiteSpace(message.Content));
        Assert.True(await host.WaitUntilAsync("SELECT COUNT(*) FROM wechat_inbox WHERE state = 'sent'", 1, TimeSpan.FromSeconds(5)));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(wechat.CustomMessages);
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM transcript WHERE outbound = 0 AND activity LIKE '%楼上装修太吵了%'"));
    }
}
