using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ConciergeBot.Tests.Bot.Channels.DirectLine;

/// <summary>Raw Direct Line 3.0 calls, so the tests see the wire format exactly as clients do.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "/v3/directline" + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>A token for a new conversation, as a back end holding the secret would get it.</summary>
    public async Task<(string ConversationId, string Token)> GenerateAsync(string? userId = null)
    {
        var body = userId is null ? null : new JsonObject { ["user"] = new JsonObject { ["id"] = userId } }.ToJsonString();
        var (status, json) = await SendAsync(HttpMethod.Post, "/tokens/generate", BotHost.DirectLineSecret, body);
        Assert.Equal(HttpStatusCode.OK, status);
        return (json!["conversationId"]!.GetValue<string>(), json["token"]!.GetValue<string>());
    }

    /// <summary>Generates a token and starts its conversation; returns the start response too.</summary>
    public async Task<(string ConversationId, string Token, JsonNode Started)> StartAsync(string? userId = null)
    {
        var (conversationId, token) = await GenerateAsync(userId);
        var (status, json) = await SendAsync(HttpMethod.Post, "/conversations", token);
        Assert.Equal(HttpStatusCode.Created, status);
        return (conversationId, token, json!);
    }

    public async Task<JsonNode> GetActivitiesAsync(string conversationId, string token, string? watermark)
    {
        var query = watermark is null ? "" : "?watermark=" + watermark;
        var (status, json) = await SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities{query}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return json!;
    }

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string? fromId = "dl_user", string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "业主" },
            ["locale"] = "zh-CN",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N"), ["clientTimestamp"] = "2026-03-02T01:00:00.000Z" },
        };
        var (status, json) = await SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        return json!["id"]!.GetValue<string>();
    }
}
