using ConciergeBot.Sla;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// The backstop: at start-up and then every <see cref="SlaOptions.SweepInterval"/> (a minute by default) it
/// announces every clock stage that is past, whether or not a trigger fired for it — a crash between a commit
/// and the scheduling of its triggers, or a scheduler outage, costs at most one interval.
/// </summary>
internal sealed partial class ClockSweeper(ClockKeeper keeper, TimeProvider time, IOptions<SlaOptions> options, ILogger<ClockSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await keeper.SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The SLA sweep failed; it runs again next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
