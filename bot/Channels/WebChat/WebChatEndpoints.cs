using ConciergeBot.Channels.DirectLine;

namespace ConciergeBot.Channels.WebChat;

/// <summary>
/// <c>/chat</c>: the web chat page (Microsoft's Web Chat bundle, copied from node_modules by the build) and
/// <c>POST /chat/token</c>, which hands the page a Direct Line token for a new conversation. The user id lives in a
/// signed, HttpOnly cookie, so a returning owner is the same user (and keeps their room binding).
/// </summary>
internal static class WebChatEndpoints
{
    private const string UserCookie = "cb_chat_user";

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["chat.js"] = "text/javascript; charset=utf-8",
        ["chat.css"] = "text/css; charset=utf-8",
        ["webchat.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>Where the page's files are copied at build time.</summary>
    public static string AssetDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "webchat");

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapGet("/chat", () => File("chat.html", "text/html; charset=utf-8"));
        app.MapGet("/chat/{file}", (string file) => Assets.TryGetValue(file, out var type) ? File(file, type) : TypedResults.NotFound());
        app.MapPost("/chat/token", IssueTokenAsync).DisableAntiforgery();
        return app;
    }

    private static IResult File(string name, string contentType)
    {
        var path = Path.Combine(AssetDirectory, name);
        return System.IO.File.Exists(path)
            ? TypedResults.PhysicalFile(path, contentType)
            : TypedResults.Problem($"{name} is missing from {AssetDirectory}; build the bot project (it copies the Web Chat bundle from node_modules).",
                statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> IssueTokenAsync(
        HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (!tokens.TryReadUserId(context.Request.Cookies[UserCookie], out var userId))
        {
            userId = DirectLineConversations.NewUserId();
        }

        context.Response.Cookies.Append(UserCookie, tokens.ProtectUserId(userId), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/chat",
        });
        context.Response.Headers.CacheControl = "no-store";
        var issued = await DirectLineEndpoints.IssueAsync(conversations, tokens, userId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ChatSession(issued.ConversationId, issued.Token, issued.ExpiresIn, userId));
    }
}
