namespace ConciergeBot.Sla;

/// <summary>
/// The <c>Sla</c> section. Every value has a default from the service standard; see <see cref="SlaTargets"/>
/// for the keys of <see cref="Targets"/> and README "Deadlines" for the syntax.
/// </summary>
internal sealed class SlaOptions
{
    public const string Section = "Sla";

    /// <summary>
    /// Target per intent code (plus the variants <c>complaint.staff.serious</c> and <c>inquiry.external.department</c>):
    /// a TimeSpan (<c>00:10:00</c>) or working days (<c>7wd</c>). Missing keys keep the standard's value.
    /// </summary>
    public Dictionary<string, string> Targets { get; } = new(StringComparer.Ordinal);

    /// <summary>Fractions of the target at which the assignee is warned; empty means 0.5 and 0.8.</summary>
    public List<double> Warnings { get; } = [];

    public EscalationOptions Escalation { get; set; } = new();

    /// <summary>The revisit (回访) deadline after resolution.</summary>
    public string FollowUp { get; set; } = "3.00:00:00";

    /// <summary>Beijing time at which a working-day deadline falls due.</summary>
    public TimeOnly CloseOfBusiness { get; set; } = new(18, 0);

    /// <summary>Beijing time of the extra reminder on the last working day of a working-day target.</summary>
    public TimeOnly MorningReminder { get; set; } = new(9, 0);

    public RevisitOptions Revisit { get; set; } = new();
}
