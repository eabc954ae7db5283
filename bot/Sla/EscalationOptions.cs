namespace ConciergeBot.Sla;

/// <summary>The <c>Sla:Escalation</c> section.</summary>
internal sealed class EscalationOptions
{
    /// <summary>
    /// Delay after a breach before the manager is called in: a TimeSpan or working days. Empty means one more
    /// target length, at least <see cref="MinimumOffset"/>, at most one working day.
    /// </summary>
    public string? Offset { get; set; }

    public TimeSpan MinimumOffset { get; set; } = TimeSpan.FromMinutes(10);
}
