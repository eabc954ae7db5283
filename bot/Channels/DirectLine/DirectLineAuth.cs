namespace ConciergeBot.Channels.DirectLine;

/// <summary>Reads the bearer credential (header, or the stream URL's <c>t</c> parameter) into a caller or an error result.</summary>
internal static class DirectLineAuth
{
    public static bool TryAuthenticate(HttpContext context, DirectLineTokens tokens, out DirectLineCaller caller, out IResult error, bool allowQueryToken = false)
    {
        caller = null!;
        error = null!;
        var credential = BearerOf(context.Request.Headers.Authorization.ToString());
        if (credential is null && allowQueryToken)
        {
            credential = context.Request.Query["t"].ToString() is { Length: > 0 } t ? t : null;
        }

        if (credential is null)
        {
            error = DirectLineErrors.MissingCredential();
            return false;
        }

        if (tokens.IsSecret(credential))
        {
            caller = new DirectLineCaller(true, null);
            return true;
        }

        switch (tokens.Read(credential, out var token))
        {
            case TokenCheck.Valid:
                caller = new DirectLineCaller(false, token);
                return true;
            case TokenCheck.Expired:
                error = DirectLineErrors.Expired();
                return false;
            default:
                error = DirectLineErrors.InvalidToken();
                return false;
        }
    }

    private static string? BearerOf(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
}
