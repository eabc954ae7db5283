using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Sla;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Sla;

/// <summary>
/// The configured service standard: which clock a request runs and when it falls due, when the assignee is
/// warned, and when the supervisor and the manager are told (sla.md "Warnings and escalation").
/// </summary>
internal sealed class SlaPolicy
{
    private static readonly double[] DefaultWarnings = [0.5, 0.8];
    private static readonly ClockStage[] WarningStages = [ClockStage.Warning1, ClockStage.Warning2, ClockStage.Warning3, ClockStage.Warning4];

    private readonly Dictionary<string, SlaTarget> _targets = new(StringComparer.Ordinal);
    private readonly SlaDuration? _escalationOffset;
    private readonly TimeSpan _minimumOffset;

    public SlaPolicy(IOptions<SlaOptions> options, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        Calendar = calendar;
        foreach (var (key, (clock, standard)) in SlaTargets.Defaults)
        {
            var text = o.Targets.TryGetValue(key, out var configured) && !string.IsNullOrWhiteSpace(configured) ? configured : standard;
            _targets[key] = new SlaTarget(key, clock, SlaDuration.Parse(text));
        }

        Warnings = o.Warnings.Count > 0 ? [.. o.Warnings.Order()] : DefaultWarnings;
        FollowUp = SlaDuration.Parse(o.FollowUp);
        _escalationOffset = string.IsNullOrWhiteSpace(o.Escalation.Offset) ? null : SlaDuration.Parse(o.Escalation.Offset);
        _minimumOffset = o.Escalation.MinimumOffset;
        RevisitShare = o.Revisit.Share;
        RevisitSeed = o.Revisit.Seed;
    }

    public WorkingDayCalendar Calendar { get; }

    public IReadOnlyList<double> Warnings { get; }

    public SlaDuration FollowUp { get; }

    public double RevisitShare { get; }

    public int? RevisitSeed { get; }

    /// <summary>The deadline of a request, or null for intents answered at once (ticket.status, smalltalk).</summary>
    public SlaTarget? TargetFor(string intent, string? severity = null, bool otherDepartment = false) =>
        _targets.GetValueOrDefault(SlaTargets.KeyFor(intent, severity, otherDepartment));

    public WorkingDayDeadline DueFrom(DateTimeOffset start, SlaDuration duration) => duration.DueFrom(start, Calendar);

    /// <summary>
    /// The latest visit time an owner may agree for an ordinary repair: the repair.general target (7 working
    /// days by the standard) after the report.
    /// </summary>
    public WorkingDayDeadline AppointmentCap(DateTimeOffset reported) =>
        DueFrom(reported, _targets[IntentCode.RepairGeneral].Duration);

    /// <summary>When the manager is told about a breach at <paramref name="due"/>.</summary>
    public DateTimeOffset EscalationAt(DateTimeOffset due, SlaDuration target)
    {
        if (_escalationOffset is { } offset)
        {
            return DueFrom(due, offset).Due;
        }

        var oneWorkingDay = Calendar.AddWorkingDays(due, 1).Due;
        if (target.IsWorkingDays)
        {
            return oneWorkingDay;
        }

        var length = target.Calendar < _minimumOffset ? _minimumOffset : target.Calendar;
        var candidate = due + length;
        return candidate < oneWorkingDay ? candidate : oneWorkingDay;
    }

    /// <summary>
    /// The stages of a running clock, by time: a warning at each configured fraction of its budget (measured
    /// back from the due time, so a pause pushes them with the deadline), the morning reminder of a
    /// working-day target, the breach and the escalation.
    /// </summary>
    public IReadOnlyList<ScheduledStage> StagesOf(SlaDuration target, DateTimeOffset started, DateTimeOffset due, TimeSpan budget)
    {
        var stages = new List<ScheduledStage>(Warnings.Count + 3);
        for (var i = 0; i < Warnings.Count && i < WarningStages.Length; i++)
        {
            var at = due - ((1 - Warnings[i]) * budget);
            stages.Add(new ScheduledStage(WarningStages[i], TruncateToMilliseconds(at), Warnings[i]));
        }

        if (target.IsWorkingDays)
        {
            var morning = Calendar.MorningOf(ChinaTime.DateOf(due));
            if (morning > started && morning < due)
            {
                stages.Add(new ScheduledStage(ClockStage.Morning, morning));
            }
        }

        stages.Add(new ScheduledStage(ClockStage.Breach, due));
        stages.Add(new ScheduledStage(ClockStage.Escalation, EscalationAt(due, target)));
        stages.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Stage.CompareTo(b.Stage));
        return stages;
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset at) =>
        new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), at.Offset);
}
