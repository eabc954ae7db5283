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

    /// <summary>Key → (clock, standard duration): every intent's from <see cref="IntentProfiles"/>, plus the two variants.</summary>
    public static IReadOnlyDictionary<string, (ClockKind Clock, string Duration)> Defaults { get; } = BuildDefaults();

    private static Dictionary<string, (ClockKind, string)> BuildDefaults()
    {
        var defaults = IntentProfiles.All
            .Where(p => p.Clock is not null && p.Target is not null)
            .ToDictionary(p => p.Code, p => (Enum.Parse<ClockKind>(p.Clock!), p.Target!), StringComparer.Ordinal);
        defaults[ComplaintStaffSerious] = (ClockKind.Resolution, "2.00:00:00");
        defaults[InquiryExternalDepartment] = (ClockKind.FirstReply, "2wd");
        return defaults;
    }

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
        clock == ClockKind.Arrival && IntentProfiles.For(intent).NeverPaused;

    /// <summary>Emergencies and serious staff complaints reach the supervisor at report time, not at breach.</summary>
    public static bool SupervisorAtOnce(string intent, string? severity) =>
        IntentProfiles.SupervisorAtOnce(intent, severity);
}
