using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Limits;

/// <summary>
/// At most <c>Limits:Turns</c> turns per channel user, on every channel. A turn over the limit does not reach the
/// bot: the first one is answered, politely, with how long to wait and the estate's hotline; the rest of that window
/// get no reply at all (a flood is not answered by a flood). The refused message and the reply are still in the
/// transcript — this step runs after it.
/// </summary>
internal sealed partial class TurnLimitMiddleware(IOptions<LimitsOptions> options, KnowledgeStore knowledge, TimeProvider time, ILogger<TurnLimitMiddleware> logger)
    : ITurnMiddleware
{
    private readonly SlidingWindowLimiter _turns = new(options.Value.Turns, time);

    /// <summary>Who has been told to wait: once a window.</summary>
    private readonly SlidingWindowLimiter _told = new(RateLimit.Of(1, options.Value.Turns.Window), time);

    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        var user = $"{turn.Activity.ChannelId}/{turn.Activity.From?.Id}";
        if (_turns.TryAcquire(user, out var wait))
        {
            await next().ConfigureAwait(false);
            return;
        }

        if (_told.TryAcquire(user, out _))
        {
            LogRefused(logger, turn.Activity.ChannelId);
            await turn.SendActivityAsync(BotReplies.TooManyMessages(knowledge.Current.Register.Profile.ServiceCentre.Hotline, wait), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A user of channel {Channel} is over the turn limit: told to wait; further turns in this window are not run")]
    private static partial void LogRefused(ILogger logger, string? channel);
}
