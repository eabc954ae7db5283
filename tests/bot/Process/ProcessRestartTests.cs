using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Bot.Process;

public sealed class ProcessRestartTests
{
    [Fact]
    public async Task Killing_the_process_between_turns_loses_nothing_of_the_conversation()
    {
        var dir = TempDirectory.Create();
        var port = BotProcess.FreePort();
        await using (var first = await BotProcess.StartAsync(dir, port))
        {
            using var client = first.CreateClient();
            var greeting = await SendAsync(client, "你好");
            Assert.Contains("智能管家", greeting, StringComparison.Ordinal);

            // Leave a question open: an unclear message gets a clarifying question.
            var question = await SendAsync(client, "嗯那个我想问一下啊");
            Assert.Contains("确认一下", question, StringComparison.Ordinal);
            first.Kill();
        }

        await using var second = await BotProcess.StartAsync(dir, port);
        using var again = second.CreateClient();
        // The answer continues the pending question instead of starting over.
        var answer = await SendAsync(again, "转人工");
        Assert.Contains("人工客服", answer, StringComparison.Ordinal);
        var transcript = await SendAsync(again, "谢谢");
        Assert.Contains("不客气", transcript, StringComparison.Ordinal);
    }

    private static async Task<string> SendAsync(HttpClient client, string text)
    {
        var activity = new { type = "message", text, from = new { id = "owner-k" }, conversation = new { id = "kill-test" }, deliveryMode = "expectReplies" };
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join("\n", body.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
    }
}
