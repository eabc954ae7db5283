using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Sla;

namespace ConciergeBot.Sla;

/// <summary>
/// The service standard's deadline per intent (service-standard.md), which configuration may shorten or
/// lengthen but not reshape: the clock each intent runs is fixed here.
/// </summary>
internal static class SlaTargets
{
    /// <summary>Serious complaints about staff (abuse, violence, threats, repeated): 2 days instead of half a day.</summary>
    public const string ComplaintStaffSerious = IntentCode.ComplaintStaff + "." + IntentCode.SeveritySerious;

    /// <summary>Other departments' procedures asked about under inquiry.external: 2 working days.</summary>
    public const string InquiryExternalDepartment = IntentCode.InquiryExternal + ".department";

    /// <summary>Key → (clock, standard duration).</summary>
    public static IReadOnlyDictionary<string, (ClockKind Clock, string Duration)> Defaults { get; } =
        new Dictionary<string, (ClockKind, string)>(StringComparer.Ordinal)
        {
            [IntentCode.Emergency] = (ClockKind.Arrival, "00:10:00"),
            [IntentCode.RepairUrgent] = (ClockKind.Arrival, "00:10:00"),
            [IntentCode.RepairSimple] = (ClockKind.Resolution, "04:00:00"),
            [IntentCode.RepairGeneral] = (ClockKind.Resolution, "7wd"),
            [IntentCode.PublicUrgent] = (ClockKind.Arrival, "00:10:00"),
            [IntentCode.PublicGeneral] = (ClockKind.Resolution, "3wd"),
            [IntentCode.ComplaintNeighbor] = (ClockKind.Arrival, "00:15:00"),
            [IntentCode.ComplaintStaff] = (ClockKind.Resolution, "04:00:00"),
            [ComplaintStaffSerious] = (ClockKind.Resolution, "2.00:00:00"),
            [IntentCode.ComplaintOther] = (ClockKind.FirstReply, "08:00:00"),
            [IntentCode.InquiryFee] = (ClockKind.FirstReply, "00:30:00"),
            [IntentCode.InquiryGeneral] = (ClockKind.FirstReply, "00:30:00"),
            [IntentCode.InquiryExternal] = (ClockKind.FirstReply, "00:30:00"),
            [InquiryExternalDepartment] = (ClockKind.FirstReply, "2wd"),
            [IntentCode.ServiceConcierge] = (ClockKind.FirstReply, "00:30:00"),
        };

    /// <summary>The target key of a request: the intent code, or one of its variants.</summary>
    public static string KeyFor(string intent, string? severity, bool otherDepartment = false) => intent switch
    {
        IntentCode.ComplaintStaff when severity == IntentCode.SeveritySerious => ComplaintStaffSerious,
        IntentCode.InquiryExternal when otherDepartment => InquiryExternalDepartment,
        _ => intent,
    };

    /// <summary>
    /// Arrival clocks of the on-site-within-minutes intents never pause, whatever the owner does (sla.md).
    /// </summary>
    public static bool IsNeverPaused(string intent, ClockKind clock) =>
        clock == ClockKind.Arrival
        && intent is IntentCode.Emergency or IntentCode.RepairUrgent or IntentCode.PublicUrgent or IntentCode.ComplaintNeighbor;

    /// <summary>Emergencies and serious staff complaints reach the supervisor at report time, not at breach.</summary>
    public static bool SupervisorAtOnce(string intent, string? severity) =>
        intent == IntentCode.Emergency || (intent == IntentCode.ComplaintStaff && severity == IntentCode.SeveritySerious);
}
