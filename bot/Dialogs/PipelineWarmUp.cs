using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Dialogs;

/// <summary>
/// Builds the turn pipeline (dialogs, normaliser tables, the trained classifier) on a background thread while the
/// host starts, so the first message is answered as fast as the thousandth instead of paying for training. It
/// starts in <see cref="StartingAsync"/>, before any hosted service's <c>StartAsync</c>, so it overlaps the database
/// migration and Quartz's start wherever it is registered.
/// A failure here is only logged: the first turn builds the pipeline again and reports the error properly.
/// </summary>
internal sealed partial class PipelineWarmUp(IServiceProvider services, ILogger<PipelineWarmUp> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Warm, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warm()
    {
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            MessageUnderstanding.Shared.Classifier.Classify("你好");
            TextNormalizer.Shared.Normalize("ni hao");     // builds the pinyin decoder before an owner needs it
            services.GetRequiredService<TurnProcessor>();
            var elapsed = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
            LogWarm(logger, elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn pipeline ready in {Milliseconds:F0} ms")]
    private static partial void LogWarm(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the turn pipeline failed; the first turn will build it")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
