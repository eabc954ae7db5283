namespace ConciergeBot.Channels.DirectLine;

/// <summary>Direct Line error results. Clients read 403 as "token expired/invalid" and 404 as "conversation ended".</summary>
internal static class DirectLineErrors
{
    public static IResult Create(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), statusCode: status);

    public static IResult MissingCredential() =>
        Create(StatusCodes.Status401Unauthorized, "BadArgument", "Send Authorization: Bearer <secret or token>.");

    public static IResult InvalidToken() => Create(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid.");

    public static IResult Expired() => Create(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult WrongConversation() =>
        Create(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");

    public static IResult NotFound() => Create(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    /// <summary>Over a per-address limit (<c>Limits:Tokens</c>, <c>Limits:Conversations</c>); <c>Retry-After</c> is already set.</summary>
    public static IResult TooManyRequests(string code, string message) => Create(StatusCodes.Status429TooManyRequests, code, message);

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);
}
