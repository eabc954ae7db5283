using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// <c>/api/wechat</c>, the Official Account's server URL: GET verifies the URL, POST receives pushes in plain or
/// safe (<c>encrypt_type=aes</c>) mode. A forged signature is refused before anything is parsed or stored.
/// </summary>
internal static class WeChatEndpoints
{
    public const string Path = "/api/wechat";

    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Verify);
        app.MapPost(Path, ReceiveAsync).DisableAntiforgery();
        return app;
    }

    private static IResult Verify(string? signature, string? timestamp, string? nonce, string? echostr, IOptions<WeChatOptions> options)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return TypedResults.NotFound();
        }

        return timestamp is null || nonce is null || echostr is null || !WeChatSignature.Matches(signature, o.Token, timestamp, nonce)
            ? TypedResults.StatusCode(StatusCodes.Status403Forbidden)
            : TypedResults.Text(echostr, "text/plain");
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<WeChatOptions> options, WeChatChannel channel, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var o = options.Value;
        if (!o.Enabled)
        {
            return TypedResults.NotFound();
        }

        var query = request.Query;
        string? timestamp = query["timestamp"], nonce = query["nonce"];
        if (timestamp is null || nonce is null || !WeChatSignature.Matches(query["signature"], o.Token, timestamp, nonce))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        var bytes = await LimitedBody.ReadAsync(request, o.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = Encoding.UTF8.GetString(bytes);

        var safeMode = string.Equals(query["encrypt_type"], "aes", StringComparison.OrdinalIgnoreCase);
        WeChatMessage message;
        WeChatCrypto? crypto = null;
        try
        {
            if (safeMode)
            {
                if (!o.SafeModeConfigured)
                {
                    return TypedResults.BadRequest("Safe mode is not configured.");
                }

                var encrypt = WeChatXml.ParseFields(body).GetValueOrDefault("Encrypt");
                if (encrypt is null || !WeChatSignature.Matches(query["msg_signature"], o.Token, timestamp, nonce, encrypt))
                {
                    return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
                }

                crypto = new WeChatCrypto(o.EncodingAesKey, o.AppId);
                message = WeChatXml.ParseMessage(crypto.Decrypt(encrypt));
            }
            else
            {
                message = WeChatXml.ParseMessage(body);
            }
        }
        catch (Exception e) when (e is WeChatXmlException or WeChatCryptoException)
        {
            return TypedResults.BadRequest(e.Message);
        }

        var window = o.PassiveReplyTimeout - time.GetElapsedTime(started);
        var reply = await channel.HandleAsync(message, window, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            return TypedResults.Text("success", "text/plain");
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var xml = WeChatXml.TextReply(message, reply, now);
        if (crypto is not null)
        {
            var encrypted = crypto.Encrypt(xml);
            var replyTimestamp = now.ToString(CultureInfo.InvariantCulture);
            var replyNonce = RandomNumberGenerator.GetInt32(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
            xml = WeChatXml.EncryptedReply(encrypted, WeChatSignature.Compute(o.Token, replyTimestamp, replyNonce, encrypted), replyTimestamp, replyNonce);
        }

        return TypedResults.Text(xml, "application/xml", Encoding.UTF8);
    }
}
