using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// <c>/api/wechat</c>, the Official Account's server URL: GET verifies the URL, POST receives pushes in plain or
/// safe (<c>encrypt_type=aes</c>) mode — only safe mode once an AES key is configured. A forged signature, or one
/// signed more than 5 minutes from our clock, is refused (403, the reason in plain text) before anything is parsed
/// or stored; a body that cannot be read, or text over 4,000 characters, is a 400.
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

    private static IResult Verify(
        string? signature, string? timestamp, string? nonce, string? echostr, IOptions<WeChatOptions> options, TimeProvider time)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return TypedResults.NotFound();
        }

        if (WeChatRequestCheck.Refusal(signature, timestamp, nonce, o.Token, time) is { } refusal)
        {
            return Refused(StatusCodes.Status403Forbidden, refusal);
        }

        return echostr is null ? Refused(StatusCodes.Status400BadRequest, "echostr is missing.") : TypedResults.Text(echostr, "text/plain");
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
        if (WeChatRequestCheck.Refusal(query["signature"], timestamp, nonce, o.Token, time) is { } refusal)
        {
            return Refused(StatusCodes.Status403Forbidden, refusal);
        }

        var safeMode = string.Equals(query["encrypt_type"], "aes", StringComparison.OrdinalIgnoreCase);
        if (!safeMode && o.SafeModeConfigured)
        {
            // With a key configured, a plain body is one nobody signed: the plain signature covers only the query.
            return Refused(StatusCodes.Status403Forbidden,
                "This account is in safe mode (WeChat:EncodingAesKey is configured): only encrypted pushes (encrypt_type=aes) are accepted.");
        }

        var bytes = await LimitedBody.ReadAsync(request, o.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = Encoding.UTF8.GetString(bytes);
        WeChatMessage message;
        WeChatCrypto? crypto = null;
        try
        {
            if (safeMode)
            {
                if (!o.SafeModeConfigured)
                {
                    return Refused(StatusCodes.Status400BadRequest, "Safe mode is not configured.");
                }

                var encrypt = WeChatXml.ParseFields(body).GetValueOrDefault("Encrypt");
                if (encrypt is null || !WeChatSignature.Matches(query["msg_signature"], o.Token, timestamp!, nonce!, encrypt))
                {
                    return Refused(StatusCodes.Status403Forbidden, "The msg_signature does not match.");
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
            return Refused(StatusCodes.Status400BadRequest, e.Message);
        }

        if (message.LongestText > InboundActivity.MaxTextLength)
        {
            return Refused(StatusCodes.Status400BadRequest, InboundActivity.TextTooLong);
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

    private static ContentHttpResult Refused(int status, string reason) => TypedResults.Text(reason, "text/plain", Encoding.UTF8, status);
}
