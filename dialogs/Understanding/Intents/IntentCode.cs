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
    /// The promised response time in minutes used to compare urgency (smaller = faster); the SLA itself is
    /// configuration. Working-day targets count as 1,440 minutes a day. Answer-at-once intents rank last.
    /// </summary>
    public static int UrgencyMinutes(string code) => code switch
    {
        Emergency => 0,
        RepairUrgent or PublicUrgent => 10,
        ComplaintNeighbor => 15,
        InquiryFee or InquiryGeneral or InquiryExternal or ServiceConcierge => 30,
        RepairSimple or ComplaintStaff => 240,
        ComplaintOther => 480,
        PublicGeneral => 3 * 1440,
        RepairGeneral => 7 * 1440,
        _ => int.MaxValue,
    };

    /// <summary>True when <paramref name="code"/> is one of the fixed codes.</summary>
    public static bool IsKnown(string code) => All.Contains(code);

    /// <summary>True when <paramref name="code"/> is handled more slowly than <paramref name="than"/> (see <see cref="UrgencyMinutes"/>).</summary>
    public static bool IsSlower(string code, string than) => UrgencyMinutes(code) > UrgencyMinutes(than);

    /// <summary>True for the codes due within 15 minutes (life safety, 10-minute repairs, neighbour complaints): never to be slowed down.</summary>
    public static bool IsTimeCritical(string code) => UrgencyMinutes(code) <= UrgencyMinutes(ComplaintNeighbor);

    /// <summary>How the bot names the request to the owner (选项按钮, 复述): the label in <see cref="IntentProfiles"/>.</summary>
    public static string Label(string code) => IntentProfiles.For(code).Label;
}
