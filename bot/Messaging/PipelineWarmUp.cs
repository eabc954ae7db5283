using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding;

namespace ConciergeBot.Messaging;

/// <summary>
/// Builds the turn pipeline (dialogs, normaliser tables, the trained classifier) on a background thread while the
/// host starts, so the first message is answered as fast as the thousandth instead of paying for training.
/// A failure here is only logged: the first turn builds the pipeline again and reports the error properly.
/// </summary>
internal sealed partial class PipelineWarmUp(IServiceProvider services, ILogger<PipelineWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            MessageUnderstanding.Shared.Classifier.Classify("你好");
            services.GetRequiredService<TurnProcessor>();
            var elapsed = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
            LogWarm(logger, elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn pipeline ready in {Milliseconds:F0} ms")]
    private static partial void LogWarm(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the turn pipeline failed; the first turn will build it")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
