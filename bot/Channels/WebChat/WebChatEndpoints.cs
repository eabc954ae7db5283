using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Limits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConciergeBot.Channels.WebChat;

/// <summary>
/// <c>/chat</c>: the web chat page (Microsoft's Web Chat bundle, copied from node_modules by the build) and
/// <c>POST /chat/token</c>, which hands the page a Direct Line token for a new conversation. The user id lives in a
/// signed, HttpOnly cookie, so a returning owner is the same user (and keeps their room binding).
/// </summary>
internal static class WebChatEndpoints
{
    private const string UserCookie = "cb_chat_user";

    /// <summary>Encodes markup characters only, so the Chinese text stays readable in the page source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

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
        app.MapGet("/chat", (KnowledgeStore knowledge) => Page(knowledge.Current.Register.Profile));
        app.MapGet("/chat/{file}", (string file) => Assets.TryGetValue(file, out var type) ? File(file, type) : TypedResults.NotFound());
        app.MapPost("/chat/token", IssueTokenAsync).DisableAntiforgery().LimitPerAddress(AddressAct.Tokens);
        return app;
    }

    private static IResult File(string name, string contentType)
    {
        var path = Path.Combine(AssetDirectory, name);
        return System.IO.File.Exists(path) ? TypedResults.PhysicalFile(path, contentType) : Missing(name);
    }

    /// <summary>chat.html with the estate's name, the bot's name, office hours and hotline filled in (HTML-encoded).</summary>
    private static IResult Page(EstateProfile estate)
    {
        var path = Path.Combine(AssetDirectory, "chat.html");
        if (!System.IO.File.Exists(path))
        {
            return Missing("chat.html");
        }

        var html = new StringBuilder(System.IO.File.ReadAllText(path))
            .Replace("{{estate}}", Html.Encode(estate.Name))
            .Replace("{{botName}}", Html.Encode(estate.BotName))
            .Replace("{{officeHours}}", Html.Encode(estate.ServiceCentre.OfficeHours))
            .Replace("{{hotline}}", Html.Encode(estate.ServiceCentre.Hotline));
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static ProblemHttpResult Missing(string name) => TypedResults.Problem(
        $"{name} is missing from {AssetDirectory}; build the bot project (it copies the Web Chat bundle from node_modules).",
        statusCode: StatusCodes.Status503ServiceUnavailable);

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
