using System.Net;
using System.Text.Json.Nodes;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Bot.Channels.DirectLine;

/// <summary>
/// With no DirectLine:TokenSigningKey configured, the web chat's token and user cookie are protected by the Data
/// Protection key ring in the data directory: a second host on the same directory (a restart) still accepts them.
/// </summary>
public sealed class KeysAcrossRestartTests
{
    private static readonly Dictionary<string, string?> NoConfiguredKey = new() { ["DirectLine:TokenSigningKey"] = "" };

    [Fact]
    public async Task A_web_chat_token_and_cookie_minted_before_a_restart_still_work_after_it()
    {
        var directory = TempDirectory.Create();
        try
        {
            string conversationId, token, userId, cookie;
            await using (var first = new BotHost(directory, settings: NoConfiguredKey))
            {
                using var http = first.CreateClient();
                using var response = await http.PostAsync(new Uri("/chat/token", UriKind.Relative), null);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var session = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                (conversationId, token, userId) = (session["conversationId"]!.GetValue<string>(), session["token"]!.GetValue<string>(), session["userId"]!.GetValue<string>());
                cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
                var dl = new DirectLineTestClient(first.CreateClient());
                var (started, _) = await dl.SendAsync(HttpMethod.Post, "/conversations", token);
                Assert.Equal(HttpStatusCode.Created, started);
                await dl.PostMessageAsync(conversationId, token, "你好", fromId: userId);
            }

            var keyFiles = Directory.GetFiles(Path.Combine(directory, "keys"), "key-*.xml");
            Assert.Single(keyFiles);

            await using var second = new BotHost(directory, settings: NoConfiguredKey);
            var again = new DirectLineTestClient(second.CreateClient());
            var history = await again.GetActivitiesAsync(conversationId, token, "");
            using var http2 = second.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/token");
            request.Headers.Add("Cookie", cookie);
            using var reissued = await http2.SendAsync(request);
            var sameUser = JsonNode.Parse(await reissued.Content.ReadAsStringAsync())!["userId"]!.GetValue<string>();

            Assert.Contains(history["activities"]!.AsArray(), a => a!["text"]?.GetValue<string>() == "你好");
            Assert.Equal(userId, sameUser);
            Assert.Equal(keyFiles, Directory.GetFiles(Path.Combine(directory, "keys"), "key-*.xml"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_token_from_another_data_directory_is_refused()
    {
        string conversationId, token;
        await using (var other = new BotHost(settings: NoConfiguredKey))
        {
            (conversationId, token) = await new DirectLineTestClient(other.CreateClient()).GenerateAsync();
        }

        await using var host = new BotHost(settings: NoConfiguredKey);
        var (status, _) = await new DirectLineTestClient(host.CreateClient()).SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities", token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
