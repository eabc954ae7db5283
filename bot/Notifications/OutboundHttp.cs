using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace ConciergeBot.Notifications;

/// <summary>
/// The resilience every outbound HTTP client shares (the connector's replies, the webhook, WeCom and Discord pings,
/// proactive messages): Microsoft's standard handler tuned for short, in-place recovery from a transient failure —
/// two immediate retries of a connection error, a timeout, a 5xx or a 408, a 3-second attempt timeout and an
/// 8-second total. A 429 is not retried here: the senders honour their services' own rate-limit answers. What
/// still fails goes back to the outbox, which is the durable retry with backoff.
/// </summary>
internal static class OutboundHttp
{
    public static IHttpClientBuilder AddOutboundResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStandardResilienceHandler(o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(8);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            o.Retry.MaxRetryAttempts = 2;
            // No wait between the in-place retries: the outbox's backoff is the waiting retry.
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.BackoffType = DelayBackoffType.Constant;
            o.Retry.UseJitter = false;
            o.Retry.ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutRejectedException } => true,
                { Result: { } response } => response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
                _ => false,
            });
        });
        return builder;
    }
}
