namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// The fixed intent codes of the service standard (the <c>triage</c> output uses exactly these), with the
/// urgency rank used to check that a prediction is never slower than a life-safety or 10-minute request.
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

    /// <summary>Severity of a <see cref="ComplaintStaff"/>: abuse, violence, threats or repeated conduct.</summary>
    public const string SeveritySerious = "serious";

    /// <summary>Severity of any other <see cref="ComplaintStaff"/>.</summary>
    public const string SeverityNormal = "normal";

    /// <summary>
    /// All codes, fastest first. The rank orders how soon someone must act: 0 life safety; 1 on site within
    /// 10 minutes; 2 within 15 minutes; 3 within 30 minutes; 4 half a day; 5 eight hours; 6 three working days;
    /// 7 seven working days; 8–9 nothing to dispatch (answered from the ticket, or chat).
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Emergency, RepairUrgent, PublicUrgent, ComplaintNeighbor, InquiryFee, InquiryGeneral, InquiryExternal,
        ServiceConcierge, RepairSimple, ComplaintStaff, ComplaintOther, PublicGeneral, RepairGeneral, TicketStatus, Smalltalk,
    ];

    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        [Emergency] = 0,
        [RepairUrgent] = 1,
        [PublicUrgent] = 1,
        [ComplaintNeighbor] = 2,
        [InquiryFee] = 3,
        [InquiryGeneral] = 3,
        [InquiryExternal] = 3,
        [ServiceConcierge] = 3,
        [RepairSimple] = 4,
        [ComplaintStaff] = 4,
        [ComplaintOther] = 5,
        [PublicGeneral] = 6,
        [RepairGeneral] = 7,
        [TicketStatus] = 8,
        [Smalltalk] = 9,
    };

    public static bool IsKnown(string code) => Ranks.ContainsKey(code);

    /// <summary>Urgency rank of a code (lower is faster); throws for an unknown code.</summary>
    public static int UrgencyRank(string code) =>
        Ranks.TryGetValue(code, out var rank) ? rank : throw new ArgumentException($"Unknown intent code '{code}'.", nameof(code));

    /// <summary>True when <paramref name="code"/> is handled more slowly than <paramref name="than"/>.</summary>
    public static bool IsSlower(string code, string than) => UrgencyRank(code) > UrgencyRank(than);

    /// <summary>True for the codes whose deadline is at most 15 minutes (the ones that must never be slowed down).</summary>
    public static bool IsTimeCritical(string code) => UrgencyRank(code) <= Ranks[ComplaintNeighbor];
}
