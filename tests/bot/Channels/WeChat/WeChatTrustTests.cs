using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

/// <summary>
/// Pushes the Official Account must not trust (issue 13): stale or future signatures, plain bodies while safe mode is
/// configured, another follower's MsgId, oversized text, an unreadable CreateTime. Real HTTP from the fake WeChat,
/// real SQLite, and one manual clock that WeChat signs with and the bot checks against.
/// </summary>
public sealed class WeChatTrustTests
{
    private const string Emergency = "3栋电梯困人了，快来人";

    /// <summary>The fake WeChat and the bot sharing one manual clock; safe mode = an EncodingAESKey configured.</summary>
    private sealed class Rig(FakeWeChatServer wechat, BotHost host, ManualClock clock) : IAsyncDisposable
    {
        public FakeWeChatServer WeChat { get; } = wechat;

        public BotHost Host { get; } = host;

        public ManualClock Clock { get; } = clock;

        public Uri Endpoint => new(Host.BaseUrl!, "api/wechat");

        public static async Task<Rig> StartAsync(bool safeMode)
        {
            var clock = new ManualClock();
            var wechat = await FakeWeChatServer.StartAsync();
            wechat.Clock = clock;
            void UseClock(IServiceCollection s) => s.AddSingleton<TimeProvider>(clock);
            var host = safeMode ? new BotHost(weChatApi: wechat.BaseUrl, services: UseClock) : WeChatHosts.PlainMode(wechat.BaseUrl, UseClock);
            host.StartKestrel();
            return new Rig(wechat, host, clock);
        }

        public Task<PushResult> PushAsync(string xml, bool safeMode = false, long? signedAt = null) =>
            WeChat.PushAsync(Endpoint, xml, safeMode, signedAt: signedAt);

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await WeChat.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(false, -301)]
    [InlineData(false, 301)]
    [InlineData(true, -301)]
    [InlineData(true, -3 * 365 * 24 * 3600)]
    public async Task A_signature_more_than_five_minutes_off_the_clock_is_refused_and_nothing_is_stored_or_answered(bool safeMode, int offsetSeconds)
    {
        await using var rig = await Rig.StartAsync(safeMode);

        var result = await rig.PushAsync(WeChatPushes.Text(Emergency, "20001"), safeMode,
            signedAt: rig.Clock.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds);

        Assert.All(result.Attempts, a => Assert.Equal((int)HttpStatusCode.Forbidden, a.Status));
        Assert.Contains("5 minutes", result.Last.Body, StringComparison.Ordinal);
        Assert.Equal(0, rig.Host.StoredRows());
        Assert.Empty(rig.WeChat.CustomMessages);
    }

    [Fact]
    public async Task A_signature_at_the_edge_of_the_window_is_accepted_and_replayed_later_with_a_new_body_is_refused()
    {
        await using var rig = await Rig.StartAsync(safeMode: false);
        var signedAt = rig.Clock.GetUtcNow().ToUnixTimeSeconds() - 300;

        var edge = await rig.PushAsync(WeChatPushes.Text("你好", "20002"), signedAt: signedAt);
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        var replayed = await rig.PushAsync(WeChatPushes.Text(Emergency, "20003"), signedAt: signedAt);

        Assert.Equal((int)HttpStatusCode.OK, Assert.Single(edge.Attempts).Status);
        Assert.All(replayed.Attempts, a => Assert.Equal((int)HttpStatusCode.Forbidden, a.Status));
        Assert.Equal(0, rig.Host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, rig.Host.Count("SELECT COUNT(*) FROM wechat_inbox"));
    }

    [Fact]
    public async Task Url_verification_with_a_stale_timestamp_is_refused()
    {
        await using var rig = await Rig.StartAsync(safeMode: false);
        using var http = new HttpClient { BaseAddress = rig.Host.BaseUrl };
        static Uri Query(long at)
        {
            var timestamp = at.ToString(CultureInfo.InvariantCulture);
            return new Uri($"api/wechat?signature={WeChatSignature.Compute(FakeWeChatServer.Token, timestamp, "42")}&timestamp={timestamp}&nonce=42&echostr=hello", UriKind.Relative);
        }

        var now = rig.Clock.GetUtcNow().ToUnixTimeSeconds();

        using var fresh = await http.GetAsync(Query(now));
        using var stale = await http.GetAsync(Query(now - 3600));

        Assert.Equal("hello", await fresh.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Contains("5 minutes", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_AES_key_configured_only_encrypted_pushes_are_accepted()
    {
        await using var rig = await Rig.StartAsync(safeMode: true);

        var plain = await rig.PushAsync(WeChatPushes.Text(Emergency, "20004"));

        Assert.All(plain.Attempts, a => Assert.Equal((int)HttpStatusCode.Forbidden, a.Status));
        Assert.Contains("encrypt_type=aes", plain.Last.Body, StringComparison.Ordinal);
        Assert.Equal(0, rig.Host.StoredRows());

        var encrypted = await rig.PushAsync(WeChatPushes.Text("你好", "20005"), safeMode: true);
        Assert.Equal((int)HttpStatusCode.OK, Assert.Single(encrypted.Attempts).Status);
    }

    [Fact]
    public async Task Another_followers_push_with_the_same_MsgId_gets_its_own_turn_not_the_first_followers_reply()
    {
        await using var rig = await Rig.StartAsync(safeMode: false);
        const string msgId = "6054768590064713728";

        var victim = await rig.PushAsync(WeChatPushes.Text(Emergency, msgId, user: "oVictim"));
        var other = await rig.PushAsync(WeChatPushes.Text("你好", msgId, user: "oOther"));

        var victimReply = WeChatXml.ParseFields(victim.Last.Body!);
        var otherReply = WeChatXml.ParseFields(other.Last.Body!);
        var number = Regex.Match(victimReply["Content"], @"\d{8}-\d{4}").Value;
        Assert.NotEmpty(number);
        Assert.Equal("oOther", otherReply["ToUserName"]);
        Assert.DoesNotContain(number, otherReply["Content"], StringComparison.Ordinal);
        Assert.Equal(2, rig.Host.Count("SELECT COUNT(*) FROM wechat_inbox"));
        Assert.Equal(1, rig.Host.Count("SELECT COUNT(*) FROM transcript WHERE conversation = 'conversation/wechat/oOther' AND outbound = 0"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Text_over_4000_characters_is_refused_as_on_the_other_channels(bool safeMode)
    {
        await using var rig = await Rig.StartAsync(safeMode);

        var result = await rig.PushAsync(WeChatPushes.Text(new string('吵', 4001), "20006"), safeMode);

        Assert.All(result.Attempts, a => Assert.Equal((int)HttpStatusCode.BadRequest, a.Status));
        Assert.Contains("limited to 4000 characters", result.Last.Body, StringComparison.Ordinal);
        Assert.Equal(0, rig.Host.StoredRows());
    }

    [Fact]
    public async Task A_malformed_or_out_of_range_CreateTime_is_a_400_and_nothing_is_stored()
    {
        await using var rig = await Rig.StartAsync(safeMode: true);

        foreach (var createTime in new[] { "253402300800", "99999999999999", "99999999999999999999", "-1", "1e9", "abc", "" })
        {
            var result = await rig.PushAsync(WeChatPushes.Text("你好", "20007", createTime: createTime), safeMode: true);

            Assert.All(result.Attempts, a => Assert.Equal((int)HttpStatusCode.BadRequest, a.Status));
            Assert.Contains("CreateTime", result.Last.Body, StringComparison.Ordinal);
        }

        Assert.Equal(0, rig.Host.StoredRows());
    }
}
