using System.Net;
using System.Text.Json.Nodes;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineProtocolTests
{
    [Fact]
    public async Task Generating_a_token_needs_the_secret_and_binds_a_new_conversation()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());

        var (anonymous, anonymousBody) = await dl.SendAsync(HttpMethod.Post, "/tokens/generate", null);
        var (forged, _) = await dl.SendAsync(HttpMethod.Post, "/tokens/generate", "not-the-secret");
        var (status, body) = await dl.SendAsync(HttpMethod.Post, "/tokens/generate", BotHost.DirectLineSecret, """{"user":{"id":"dl_owner1"}}""");
        var (asToken, _) = await dl.SendAsync(HttpMethod.Post, "/tokens/generate", body!["token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        Assert.NotNull(anonymousBody!["error"]!["code"]);
        Assert.NotNull(anonymousBody["error"]!["message"]);
        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrEmpty(body["conversationId"]!.GetValue<string>()));
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, asToken);
    }

    [Fact]
    public async Task Starting_a_conversation_greets_once_and_a_second_start_is_200()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token) = await dl.GenerateAsync();

        var (first, started) = await dl.SendAsync(HttpMethod.Post, "/conversations", token);
        var (second, again) = await dl.SendAsync(HttpMethod.Post, "/conversations", token);
        var set = await dl.GetActivitiesAsync(conversationId, token, "");

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(conversationId, started!["conversationId"]!.GetValue<string>());
        Assert.StartsWith("ws://", started["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"/v3/directline/conversations/{conversationId}/stream?t=", started["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(conversationId, again!["conversationId"]!.GetValue<string>());

        var greeting = Assert.Single(set["activities"]!.AsArray())!;
        Assert.Equal("message", greeting["type"]!.GetValue<string>());
        Assert.Equal("bot", greeting["from"]!["role"]!.GetValue<string>());
        Assert.Contains("翠湖苑", greeting["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(greeting["suggestedActions"]!["actions"]!.AsArray(), a => Assert.Equal("imBack", a!["type"]!.GetValue<string>()));
        Assert.Equal(System.Text.Json.JsonValueKind.String, set["watermark"]!.GetValueKind());
        Assert.Equal("1", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_posted_activity_is_echoed_as_the_tokens_user_with_channel_data_and_answered()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token, _) = await dl.StartAsync("dl_owner7");

        var id = await dl.PostMessageAsync(conversationId, token, "楼上装修太吵了", fromId: "dl_someone_else", clientActivityId: "abc-123");
        var set = await dl.GetActivitiesAsync(conversationId, token, "1");

        var activities = set["activities"]!.AsArray();
        var echo = activities[0]!;
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.StartsWith(conversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("dl_owner7", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("业主", echo["from"]!["name"]!.GetValue<string>());
        Assert.Equal("abc-123", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("2026-03-02T01:00:00.000Z", echo["channelData"]!["clientTimestamp"]!.GetValue<string>());
        Assert.Equal("楼上装修太吵了", echo["text"]!.GetValue<string>());
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());

        var reply = activities[1]!;
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(reply["text"]!.GetValue<string>()));
        Assert.Equal(activities.Count + 1, int.Parse(set["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Watermark_returns_only_newer_activities_and_an_empty_watermark_means_zero()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token, _) = await dl.StartAsync();
        await dl.PostMessageAsync(conversationId, token, "你好");

        var all = await dl.GetActivitiesAsync(conversationId, token, "");
        var none = await dl.GetActivitiesAsync(conversationId, token, all["watermark"]!.GetValue<string>());
        var missing = await dl.GetActivitiesAsync(conversationId, token, null);
        var (bad, error) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=abc", token);

        Assert.Equal(all["activities"]!.AsArray().Count, missing["activities"]!.AsArray().Count);
        Assert.Empty(none["activities"]!.AsArray());
        Assert.Equal(all["watermark"]!.GetValue<string>(), none["watermark"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal("BadArgument", error!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tokens_refresh_until_they_expire_then_get_403_TokenExpired()
    {
        var clock = new ManualClock();
        await using var host = new BotHost(services: s => s.AddSingleton<TimeProvider>(clock));
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token) = await dl.GenerateAsync();

        clock.Advance(TimeSpan.FromMinutes(15));
        var (refreshed, body) = await dl.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
        var fresh = body!["token"]!.GetValue<string>();
        clock.Advance(TimeSpan.FromMinutes(20));
        var (expired, error) = await dl.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
        var (stillFresh, _) = await dl.SendAsync(HttpMethod.Post, "/tokens/refresh", fresh);
        var (getExpired, _) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities", token);

        Assert.Equal(HttpStatusCode.OK, refreshed);
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, expired);
        Assert.Equal("TokenExpired", error!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, stillFresh);
        Assert.Equal(HttpStatusCode.Forbidden, getExpired);
    }

    [Fact]
    public async Task A_token_only_opens_its_own_conversation_and_unknown_conversations_are_404()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());
        var (mine, myToken, _) = await dl.StartAsync();
        var (theirs, _, _) = await dl.StartAsync();

        var (foreign, foreignError) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{theirs}/activities", myToken);
        var (post, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{theirs}/activities", myToken, """{"type":"message","text":"hi"}""");
        var (unknown, unknownError) = await dl.SendAsync(HttpMethod.Get, "/conversations/nope/activities", BotHost.DirectLineSecret);
        var (reconnect, fresh) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{mine}?watermark=1", myToken);

        Assert.Equal(HttpStatusCode.Forbidden, foreign);
        Assert.NotNull(foreignError!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, post);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal("BadArgument", unknownError!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, reconnect);
        Assert.Equal(mine, fresh!["conversationId"]!.GetValue<string>());
        Assert.Contains("/stream?t=", fresh["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_and_oversized_activities_are_refused()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token, _) = await dl.StartAsync();
        var path = $"/conversations/{conversationId}/activities";

        var (malformed, _) = await dl.SendAsync(HttpMethod.Post, path, token, "{not json");
        var (untyped, _) = await dl.SendAsync(HttpMethod.Post, path, token, """{"text":"hi"}""");
        var huge = new JsonObject { ["type"] = "message", ["text"] = "x", ["channelData"] = new string('x', 300_000) };
        var (oversized, _) = await dl.SendAsync(HttpMethod.Post, path, token, huge.ToJsonString());
        var (undated, undatedError) = await dl.SendAsync(HttpMethod.Post, path, token, """{"type":"message","text":"你好","timestamp":"yesterday"}""");

        Assert.Equal(HttpStatusCode.BadRequest, malformed);
        Assert.Equal(HttpStatusCode.BadRequest, untyped);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized);
        Assert.Equal(HttpStatusCode.BadRequest, undated);
        Assert.Contains("timestamp", undatedError!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_and_watermarks_survive_a_restart()
    {
        var directory = TempDirectory.Create();
        try
        {
            string conversationId, token, watermark;
            await using (var first = new BotHost(directory))
            {
                var dl = new DirectLineTestClient(first.CreateClient());
                (conversationId, token, _) = await dl.StartAsync();
                await dl.PostMessageAsync(conversationId, token, "你好");
                watermark = (await dl.GetActivitiesAsync(conversationId, token, ""))["watermark"]!.GetValue<string>();
            }

            await using var second = new BotHost(directory);
            var again = new DirectLineTestClient(second.CreateClient());
            var all = await again.GetActivitiesAsync(conversationId, token, "");
            await again.PostMessageAsync(conversationId, token, "谢谢", clientActivityId: "client-2");
            var newer = await again.GetActivitiesAsync(conversationId, token, watermark);

            Assert.Equal(watermark, all["watermark"]!.GetValue<string>());
            Assert.Equal("谢谢", newer["activities"]![0]!["text"]!.GetValue<string>());
            Assert.True(long.Parse(newer["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
