using System.Buffers;
using System.Text.Json;
using ConciergeBot.Channels;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Limits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConciergeBot.Messaging;

/// <summary>
/// <c>POST /api/messages</c>: a Bot Connector style Activity in. With <c>deliveryMode: "expectReplies"</c> the
/// replies come back in the body as <c>{"activities": [...]}</c>; otherwise the request is acknowledged (200)
/// once the turn is committed — its replies committed with it in the outbox — and the outbox POSTs them to the
/// activity's <c>serviceUrl</c>, retrying with backoff, across restarts.
/// </summary>
public static class MessagesEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    private const string Realm = "api/messages";

    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<ExpectedReplies>, Ok, BadRequest<ApiError>, Conflict<ApiError>, JsonHttpResult<ApiError>, StatusCodeHttpResult>> HandleAsync(
        HttpRequest request, TurnProcessor processor, ChannelAuthenticator authenticator, ServiceUrlPolicy serviceUrls, AddressLimits limits,
        CancellationToken cancellationToken)
    {
        // Who is calling, before the body is read: an unauthenticated call stores nothing and runs no turn.
        var authentication = await authenticator.AuthenticateAsync(request.HttpContext);
        if (authentication.Caller is not { } caller)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = authentication.Error == "Unauthorized"
                ? $"Bearer realm=\"{Realm}\""
                : $"Bearer realm=\"{Realm}\", error=\"{authentication.Error}\", error_description=\"{authentication.Reason}\"";
            return TypedResults.Json(new ApiError("Unauthorized", authentication.Reason!), statusCode: StatusCodes.Status401Unauthorized);
        }

        // The development door (loopback without credentials) is limited per address when Limits:LoopbackMessages is on.
        if (caller.Scheme == ChannelCaller.LoopbackScheme && limits.Refusal(AddressAct.LoopbackMessages, request.HttpContext) is { } tooMany)
        {
            return TypedResults.Json(tooMany, statusCode: tooMany.StatusCode);
        }

        var (activity, error) = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
        {
            return error!.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge)
                : TypedResults.BadRequest(error);
        }
        if (Authorize(caller, activity) is { } forbidden)
        {
            return TypedResults.Json(forbidden, statusCode: StatusCodes.Status403Forbidden);
        }
        // Refused before the turn rather than the replies dropped after it: the caller learns at once, and a
        // serviceUrl is never stored in a conversation reference that proactive messages would later follow.
        if (!string.IsNullOrEmpty(activity.ServiceUrl) && !serviceUrls.Allows(activity.ChannelId, activity.ServiceUrl))
        {
            return TypedResults.BadRequest(new ApiError("ServiceUrlNotAllowed",
                $"serviceUrl is not on the allow-list of channel '{activity.ChannelId}' (Messages:AllowedServiceUrls)."));
        }

        IReadOnlyList<Activity> replies;
        var expectReplies = activity.DeliveryMode == ActivityTypes.ExpectReplies;
        try
        {
            // Without expectReplies the replies are committed with the turn and delivered by the outbox.
            replies = await processor.ProcessAsync(activity, queueReplies: !expectReplies && ConnectorClient.HasServiceUrl(activity), cancellationToken);
        }
        catch (StateConflictException ex)
        {
            return TypedResults.Conflict(new ApiError("StateConflict", ex.Message));
        }

        return expectReplies ? TypedResults.Ok(new ExpectedReplies(replies)) : TypedResults.Ok();
    }

    /// <summary>
    /// A shared secret speaks for its own channel only (an activity without a channelId gets it); a channel token
    /// that names a serviceUrl (Bot Framework's <c>serviceurl</c> claim) vouches for that serviceUrl only.
    /// </summary>
    private static ApiError? Authorize(ChannelCaller caller, Activity activity)
    {
        if (caller.ChannelId is { } channel)
        {
            if (string.IsNullOrEmpty(activity.ChannelId))
            {
                activity.ChannelId = channel;
            }
            else if (!string.Equals(activity.ChannelId, channel, StringComparison.OrdinalIgnoreCase))
            {
                return new ApiError("Forbidden", $"This credential belongs to channel '{channel}'; it may not post activities of channel '{activity.ChannelId}'.", StatusCodes.Status403Forbidden);
            }
        }
        if (caller.ServiceUrl is { } vouched
            && !string.Equals(vouched.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return new ApiError("Forbidden", "The activity's serviceUrl is not the one its token was issued for (serviceurl claim).", StatusCodes.Status403Forbidden);
        }
        return null;
    }

    private static async Task<(Activity? Activity, ApiError? Error)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, new ApiError("BodyTooLarge", $"The body exceeds {MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge));
        }
        if (request.ContentType is not { } contentType || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new ApiError("BadContentType", "Send the Activity as application/json."));
        }
        // The body into one pooled buffer (sized from Content-Length when the caller sent it): a fresh 16 KB chunk
        // and a growing MemoryStream per request were about half of what a turn allocated.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } declared ? (int)declared + 1 : 4096);
        var length = 0;
        Activity? activity;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxBodyBytes)
                {
                    return (null, new ApiError("BodyTooLarge", $"The body exceeds {MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge));
                }
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            activity = InboundActivity.Deserialize(buffer.AsSpan(0, length));
        }
        catch (JsonException ex)
        {
            return (null, new ApiError("MalformedJson", $"The body is not a valid Activity: {ex.Message}"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return activity switch
        {
            null => (null, new ApiError("MalformedJson", "The body is empty or null.")),
            { Type: null or "" } => (null, new ApiError("MissingField", "An activity needs a type.")),
            _ when string.IsNullOrWhiteSpace(activity.Conversation?.Id) => (null, new ApiError("MissingField", "An activity needs conversation.id (not blank).")),
            _ when string.IsNullOrWhiteSpace(activity.From?.Id) => (null, new ApiError("MissingField", "An activity needs from.id (not blank).")),
            { Text.Length: > InboundActivity.MaxTextLength } => (null, new ApiError("TextTooLong", InboundActivity.TextTooLong)),
            _ => (activity, null),
        };
    }
}

/// <summary>The expectReplies response body.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>An error body: a stable code and a human-readable reason.</summary>
public sealed record ApiError(string Code, string Message, [property: System.Text.Json.Serialization.JsonIgnore] int StatusCode = 400);
