namespace ConciergeBot.Limits;

public static class AddressLimitExtensions
{
    /// <summary>
    /// Limits the endpoint per caller address (<c>Limits:Tokens</c>, <c>Limits:Conversations</c>): over the limit it
    /// answers <c>429</c> with <c>Retry-After</c> before its handler runs. <paramref name="shape"/> builds the body from
    /// (code, message) where the endpoint has its own error shape.
    /// </summary>
    public static RouteHandlerBuilder LimitPerAddress(this RouteHandlerBuilder endpoint, AddressAct act, Func<string, string, IResult>? shape = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<AddressLimits>().Refuse(act, context.HttpContext, shape)
            ?? await next(context).ConfigureAwait(false));
    }
}
