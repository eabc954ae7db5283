using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ConciergeBot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task Stream_sends_activity_sets_as_text_frames_and_empty_keep_alives()
    {
        await using var host = new BotHost(settings: new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.300" });
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token, started) = await dl.StartAsync();
        var streamUrl = new Uri(started["streamUrl"]!.GetValue<string>());
        var ws = host.Server.CreateWebSocketClient();
        using var socket = await ws.ConnectAsync(new Uri(host.Server.BaseAddress, streamUrl.PathAndQuery), default);

        var greeting = await ReceiveAsync(socket);
        Assert.Equal("1", greeting["watermark"]!.GetValue<string>());
        Assert.Equal("bot", greeting["activities"]![0]!["from"]!["role"]!.GetValue<string>());

        var keepAlive = await ReceiveTextAsync(socket);
        Assert.Equal("", keepAlive);

        var id = await dl.PostMessageAsync(conversationId, token, "你好", clientActivityId: "ws-1");
        var seen = new List<JsonNode>();
        while (seen.Count < 2)
        {
            var frame = await ReceiveTextAsync(socket);
            if (frame.Length > 0)
            {
                seen.AddRange(JsonNode.Parse(frame)!["activities"]!.AsArray().Select(a => a!));
            }
        }

        Assert.Equal(id, seen[0]["id"]!.GetValue<string>());
        Assert.Equal("ws-1", seen[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("bot", seen[1]["from"]!["role"]!.GetValue<string>());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", default);
    }

    [Fact]
    public async Task Stream_refuses_a_token_for_another_conversation()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());
        var (_, token, _) = await dl.StartAsync();
        var (other, _, _) = await dl.StartAsync();
        var ws = host.Server.CreateWebSocketClient();

        await Assert.ThrowsAnyAsync<Exception>(() =>
            ws.ConnectAsync(new Uri(host.Server.BaseAddress, $"/v3/directline/conversations/{other}/stream?t={Uri.EscapeDataString(token)}"), default));
    }

    private static async Task<JsonNode> ReceiveAsync(WebSocket socket)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length > 0)
            {
                return JsonNode.Parse(text)!;
            }
        }
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
