using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Limits;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>Direct Line 3.0 under <c>/v3/directline</c>, as Microsoft's Web Chat and DirectLineJS expect it (protocols.md).</summary>
internal static partial class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).DisableAntiforgery();
        group.MapPost("/tokens/generate", GenerateAsync).LimitPerAddress(AddressAct.Tokens, DirectLineErrors.TooManyRequests);
        group.MapPost("/tokens/refresh", Refresh).LimitPerAddress(AddressAct.Tokens, DirectLineErrors.TooManyRequests);
        group.MapPost("/conversations", StartAsync).LimitPerAddress(AddressAct.Conversations, DirectLineErrors.TooManyRequests);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.Map("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        return app;
    }

    /// <summary>Issues a token for a new conversation (used by our own <c>/chat/token</c> and by back ends holding the secret).</summary>
    public static async Task<ConversationResponse> IssueAsync(
        DirectLineConversations conversations, DirectLineTokens tokens, string userId, CancellationToken cancellationToken)
    {
        var conversationId = await conversations.ReserveAsync(userId, cancellationToken).ConfigureAwait(false);
        return new ConversationResponse(conversationId, tokens.Issue(conversationId, userId), tokens.ExpiresInSeconds);
    }

    public static bool IsValidUserId(string? id) => id is not null && UserIdPattern().IsMatch(id);

    private static async Task<IResult> GenerateAsync(HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (!DirectLineAuth.TryAuthenticate(context, tokens, out var caller, out var error))
        {
            return error;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.Create(StatusCodes.Status403Forbidden, "BadArgument", "Generating a token needs the Direct Line secret.");
        }

        var (userId, bad) = await ReadUserAsync(context.Request, cancellationToken).ConfigureAwait(false);
        return bad ?? TypedResults.Ok(await IssueAsync(conversations, tokens, userId, cancellationToken).ConfigureAwait(false));
    }

    private static IResult Refresh(HttpContext context, DirectLineTokens tokens)
    {
        if (!DirectLineAuth.TryAuthenticate(context, tokens, out var caller, out var error))
        {
            return error;
        }

        if (caller.Token is not { } token)
        {
            return DirectLineErrors.BadArgument("Only a token can be refreshed.");
        }

        return TypedResults.Ok(new ConversationResponse(
            token.ConversationId, tokens.Issue(token.ConversationId, token.UserId), tokens.ExpiresInSeconds));
    }

    private static async Task<IResult> StartAsync(HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (!DirectLineAuth.TryAuthenticate(context, tokens, out var caller, out var error))
        {
            return error;
        }

        DirectLineConversation? conversation;
        if (caller.Token is { } token)
        {
            conversation = await conversations.FindAsync(token.ConversationId, cancellationToken).ConfigureAwait(false);
            if (conversation is null)
            {
                return DirectLineErrors.NotFound();
            }
        }
        else
        {
            var (userId, bad) = await ReadUserAsync(context.Request, cancellationToken).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            var id = await conversations.ReserveAsync(userId, cancellationToken).ConfigureAwait(false);
            conversation = new DirectLineConversation(id, userId, Started: false);
        }

        var started = await conversations.StartAsync(conversation, ServiceUrl(context.Request), cancellationToken).ConfigureAwait(false);
        var body = Describe(context.Request, tokens, conversation);
        return started ? TypedResults.Created((string?)null, body) : TypedResults.Ok(body);
    }

    private static async Task<IResult> ReconnectAsync(
        HttpContext context, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
        return error ?? TypedResults.Ok(Describe(context.Request, tokens, conversation!));
    }

    private static async Task<IResult> GetActivitiesAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineConversations conversations,
        DirectLineStore store, CancellationToken cancellationToken)
    {
        var (_, error) = await AuthorizeAsync(context, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this server issued.");
        }

        var activities = await store.ReadAfterAsync(conversationId, after, cancellationToken).ConfigureAwait(false);
        return Results.Text(ActivitySet(activities, after), "application/json; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext context, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (conversation, error) = await AuthorizeAsync(context, conversationId, tokens, conversations, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var (activity, bad) = await ReadActivityAsync(context.Request, options.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return bad!;
        }

        if (context.Items[typeof(DirectLineCaller)] is DirectLineCaller { IsSecret: true } && activity.From?.Id is { } fromId && IsValidUserId(fromId))
        {
            // A back end holding the secret speaks for any user; token holders are always the token's user.
            conversation = conversation! with { UserId = fromId };
        }

        try
        {
            var id = await conversations.PostAsync(conversation!, activity, ServiceUrl(context.Request), cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new ResourceResponse(id));
        }
        catch (StateConflictException e)
        {
            return DirectLineErrors.Create(StatusCodes.Status502BadGateway, "BotError", e.Message);
        }
    }

    /// <summary>Authenticates and checks the conversation exists and the credential may use it.</summary>
    internal static async Task<(DirectLineConversation? Conversation, IResult? Error)> AuthorizeAsync(
        HttpContext context, string conversationId, DirectLineTokens tokens, DirectLineConversations conversations,
        CancellationToken cancellationToken, bool allowQueryToken = false)
    {
        if (!DirectLineAuth.TryAuthenticate(context, tokens, out var caller, out var error, allowQueryToken))
        {
            return (null, error);
        }

        if (!caller.MayUse(conversationId))
        {
            return (null, DirectLineErrors.WrongConversation());
        }

        context.Items[typeof(DirectLineCaller)] = caller;
        var conversation = await conversations.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return conversation is null ? (null, DirectLineErrors.NotFound()) : (conversation, null);
    }

    internal static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        return string.IsNullOrEmpty(watermark)
            || watermark == "-"
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after) && after >= 0);
    }

    /// <summary>An ActivitySet built from the logged JSON as stored: <c>{"activities": [...], "watermark": "N"}</c>.</summary>
    internal static string ActivitySet(IReadOnlyList<LoggedActivity> activities, long after)
    {
        var watermark = activities.Count > 0 ? activities[^1].Seq : after;
        var sb = new StringBuilder("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(activities[i].Json);
        }

        return sb.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }

    private static ConversationResponse Describe(HttpRequest request, DirectLineTokens tokens, DirectLineConversation conversation)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{conversation.Id}/stream?t={Uri.EscapeDataString(token)}";
        return new ConversationResponse(conversation.Id, token, tokens.ExpiresInSeconds, streamUrl);
    }

    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";

    private static async Task<(string UserId, IResult? Error)> ReadUserAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or 0 || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (DirectLineConversations.NewUserId(), null);
        }

        try
        {
            var parameters = await JsonSerializer.DeserializeAsync<TokenParameters>(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            var id = parameters?.User?.Id;
            if (id is null)
            {
                return (DirectLineConversations.NewUserId(), null);
            }

            return IsValidUserId(id) ? (id, null) : ("", DirectLineErrors.BadArgument("user.id must be 1–64 letters, digits or _-.:@"));
        }
        catch (JsonException)
        {
            return ("", DirectLineErrors.BadArgument("The body is not valid JSON."));
        }
    }

    private static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var body = await LimitedBody.ReadAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, DirectLineErrors.Create(StatusCodes.Status413PayloadTooLarge, "BadArgument", $"Activities are limited to {maxBytes} bytes."));
        }

        Activity? activity;
        try
        {
            activity = InboundActivity.Deserialize(body);
        }
        catch (JsonException e)
        {
            return (null, DirectLineErrors.BadArgument("The body is not a valid Activity: " + e.Message));
        }

        return activity switch
        {
            null => (null, DirectLineErrors.BadArgument("The body is empty.")),
            { Type: null or "" } => (null, DirectLineErrors.BadArgument("An activity needs a type.")),
            { Text.Length: > InboundActivity.MaxTextLength } => (null, DirectLineErrors.BadArgument(InboundActivity.TextTooLong)),
            _ => (activity, null),
        };
    }

    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
