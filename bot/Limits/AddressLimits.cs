using System.Globalization;
using System.Net;
using ConciergeBot.Messaging;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Limits;

/// <summary>
/// The per-address limits of the HTTP endpoints (<see cref="AddressAct"/>), and their refusal: <c>429</c> with
/// <c>Retry-After</c> (whole seconds) and a <c>{"code","message"}</c> body — or the endpoint's own error shape
/// (Direct Line wraps it in <c>{"error":{...}}</c>).
/// </summary>
internal sealed class AddressLimits(IOptions<LimitsOptions> options, TimeProvider time)
{
    public const string Code = "TooManyRequests";

    private readonly Dictionary<AddressAct, SlidingWindowLimiter> _limiters = new()
    {
        [AddressAct.Tokens] = new(options.Value.Tokens, time),
        [AddressAct.Conversations] = new(options.Value.Conversations, time),
        [AddressAct.LoopbackMessages] = new(options.Value.LoopbackMessages, time),
    };

    /// <summary>
    /// Counts the request against its address: null when it is within the limit; else sets <c>Retry-After</c> and
    /// returns the error to answer <c>429</c> with.
    /// </summary>
    public ApiError? Refusal(AddressAct act, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_limiters[act].TryAcquire(Key(context.Connection.RemoteIpAddress), out var wait))
        {
            return null;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new ApiError(Code, string.Create(CultureInfo.InvariantCulture,
            $"Too many {Describe(act)} from this address (at most {_limiters[act].Limit}); retry after {seconds} s."), StatusCodes.Status429TooManyRequests);
    }

    /// <summary>As <see cref="Refusal"/>, as a result: <c>{"code","message"}</c>, or the body <paramref name="shape"/> makes of them.</summary>
    public IResult? Refuse(AddressAct act, HttpContext context, Func<string, string, IResult>? shape = null) =>
        Refusal(act, context) is not { } error ? null
            : shape is null ? TypedResults.Json(error, statusCode: error.StatusCode)
            : shape(error.Code, error.Message);

    private static string Key(IPAddress? address) =>
        address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private static string Describe(AddressAct act) => act switch
    {
        AddressAct.Tokens => "token requests",
        AddressAct.Conversations => "conversation starts",
        _ => "unauthenticated messages",
    };
}
