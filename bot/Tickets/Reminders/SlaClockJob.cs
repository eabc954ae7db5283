using System.Globalization;
using Quartz;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// The Quartz job of one clock (job key <c>clock-{id}</c>, group <c>sla</c>). It carries nothing but the id in its
/// key: when any of its triggers fires it re-reads the clock and announces whatever is due, so a stale,
/// repeated or misfired trigger does no harm.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SlaClockJob(ClockKeeper keeper) : IJob
{
    public const string Group = "sla";
    private const string Prefix = "clock-";

    public static JobKey KeyFor(long clockId) => new(Prefix + clockId.ToString(CultureInfo.InvariantCulture), Group);

    public static bool TryParse(JobKey key, out long clockId)
    {
        ArgumentNullException.ThrowIfNull(key);
        clockId = 0;
        return key.Name.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(key.Name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out clockId);
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TryParse(context.JobDetail.Key, out var clockId))
        {
            await keeper.ProcessAsync(clockId, context.ScheduledFireTimeUtc, cancellationToken).ConfigureAwait(false);
        }
    }
}
