namespace ConciergeBot.Sla;

/// <summary>A stage of a clock and when it is due; <see cref="Fraction"/> is set for the warnings.</summary>
internal readonly record struct ScheduledStage(ClockStage Stage, DateTimeOffset At, double? Fraction = null)
{
    public bool IsWarning => Stage is ClockStage.Warning1 or ClockStage.Warning2 or ClockStage.Warning3 or ClockStage.Warning4 or ClockStage.Morning;
}
