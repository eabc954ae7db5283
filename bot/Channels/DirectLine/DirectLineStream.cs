using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream: text frames each holding an ActivitySet, and empty frames as keep-alives when idle.
/// It reads the durable log after its own watermark whenever the hub says the log grew.
/// </summary>
internal static class DirectLineStream
{
    public static async Task HandleAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineConversations conversations,
        DirectLineStore store, DirectLineHub hub, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        var cancellationToken = context.RequestAborted;
        var (_, error) = await DirectLineEndpoints.AuthorizeAsync(context, conversationId, tokens, conversations, cancellationToken, allowQueryToken: true);
        if (error is not null)
        {
            await error.ExecuteAsync(context);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadArgument("The stream URL expects a WebSocket upgrade.").ExecuteAsync(context);
            return;
        }

        if (!DirectLineEndpoints.TryParseWatermark(watermark, out var after))
        {
            await DirectLineErrors.BadArgument("The watermark is not one this server issued.").ExecuteAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var subscription = hub.Subscribe(conversationId);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var receiving = DrainUntilClosedAsync(socket, closed);
        var keepAlive = options.Value.KeepAliveInterval;
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var batch = await store.ReadAfterAsync(conversationId, after, closed.Token);
                if (batch.Count > 0)
                {
                    await SendAsync(socket, DirectLineEndpoints.ActivitySet(batch, after), closed.Token);
                    after = batch[^1].Seq;
                    continue;
                }

                if (!await subscription.WaitAsync(keepAlive, closed.Token))
                {
                    await SendAsync(socket, "", closed.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the server is stopping.
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
            {
                // Best effort.
            }
        }

        await closed.CancelAsync();
        await receiving;
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Clients send nothing on the stream; reading it is how we notice they closed it.</summary>
    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed.
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
