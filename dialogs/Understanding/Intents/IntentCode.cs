namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// The fixed intent codes of the service standard (the <c>triage</c> output uses exactly these), with how
/// fast each must be answered. One table: nothing else spells intent names.
/// </summary>
public static class IntentCode
{
    public const string Emergency = "emergency";
    public const string RepairUrgent = "repair.urgent";
    public const string RepairSimple = "repair.simple";
    public const string RepairGeneral = "repair.general";
    public const string PublicUrgent = "public.urgent";
    public const string PublicGeneral = "public.general";
    public const string ComplaintNeighbor = "complaint.neighbor";
    public const string ComplaintStaff = "complaint.staff";
    public const string ComplaintOther = "complaint.other";
    public const string InquiryFee = "inquiry.fee";
    public const string InquiryGeneral = "inquiry.general";
    public const string InquiryExternal = "inquiry.external";
    public const string ServiceConcierge = "service.concierge";
    public const string TicketStatus = "ticket.status";
    public const string Smalltalk = "smalltalk";

    public const string SeveritySerious = "serious";
    public const string SeverityNormal = "normal";

    /// <summary>All codes, most urgent first.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Emergency, RepairUrgent, PublicUrgent, ComplaintNeighbor, RepairSimple, ComplaintStaff, ComplaintOther,
        InquiryFee, InquiryGeneral, InquiryExternal, ServiceConcierge, PublicGeneral, RepairGeneral, TicketStatus, Smalltalk,
    ];

    /// <summary>
    /// The promised response time in minutes used to compare urgency (smaller = faster), from the standard's target in
    /// <see cref="IntentProfiles"/>; emergencies rank first (0), working-day targets count 1,440 minutes a day, and
    /// answer-at-once intents rank last.
    /// </summary>
    public static int UrgencyMinutes(string code) => Urgency.TryGetValue(code ?? "", out var minutes) ? minutes : int.MaxValue;

    private static readonly Dictionary<string, int> Urgency = IntentProfiles.All.ToDictionary(
        p => p.Code,
        p => p.Code == Emergency ? 0 : p.Code is TicketStatus or Smalltalk ? int.MaxValue : TargetMinutes(p.Target),
        StringComparer.Ordinal);

    private static int TargetMinutes(string? target) => target switch
    {
        null => int.MaxValue,
        _ when target.EndsWith("wd", StringComparison.Ordinal) => int.Parse(target[..^2], System.Globalization.CultureInfo.InvariantCulture) * 1440,
        _ => (int)TimeSpan.Parse(target, System.Globalization.CultureInfo.InvariantCulture).TotalMinutes,
    };

    /// <summary>True when <paramref name="code"/> is one of the fixed codes.</summary>
    public static bool IsKnown(string code) => All.Contains(code);

    /// <summary>True when <paramref name="code"/> is handled more slowly than <paramref name="than"/> (see <see cref="UrgencyMinutes"/>).</summary>
    public static bool IsSlower(string code, string than) => UrgencyMinutes(code) > UrgencyMinutes(than);

    /// <summary>True for the codes due within 15 minutes (life safety, 10-minute repairs, neighbour complaints): never to be slowed down.</summary>
    public static bool IsTimeCritical(string code) => UrgencyMinutes(code) <= UrgencyMinutes(ComplaintNeighbor);

    /// <summary>True for complaints and shared-space repairs: a flat they name is another household, not the place to go.</summary>
    public static bool IsAboutOthersOrSharedSpace(string code) =>
        code.StartsWith("complaint.", StringComparison.Ordinal) || code is PublicUrgent or PublicGeneral;

    /// <summary>How the bot names the request to the owner (选项按钮, 复述): the label in <see cref="IntentProfiles"/>.</summary>
    public static string Label(string code) => IntentProfiles.For(code).Label;
}
