namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// The service standard's intents in one table (service-standard.md): read by the request dialogs (what to ask,
/// whether to open at once, the promise), by the tickets (supervisor at once) and by the SLA (clock, target,
/// never paused). Configuration may change a target's length, not its clock.
/// </summary>
public static class IntentProfiles
{
    private const string Arrival = "Arrival";
    private const string Resolution = "Resolution";
    private const string FirstReply = "FirstReply";

    private static readonly IntentProfile[] Table =
    [
        new(IntentCode.Emergency, "紧急求助", Arrival, "00:10:00", NeverPaused: true, SupervisorAtOnce: true, OpensAtOnce: true,
            PlaceNeed.Any, AsksTime: false, AsksContact: true, "工作人员将在{within}赶到现场", SafetyAdvice: true),
        new(IntentCode.RepairUrgent, "紧急维修", Arrival, "00:10:00", NeverPaused: true, SupervisorAtOnce: false, OpensAtOnce: true,
            PlaceNeed.Home, AsksTime: false, AsksContact: true, "维修师傅将在{within}到达", SafetyAdvice: true),
        new(IntentCode.PublicUrgent, "公共区域紧急问题", Arrival, "00:10:00", NeverPaused: true, SupervisorAtOnce: false, OpensAtOnce: true,
            PlaceNeed.Public, AsksTime: false, AsksContact: true, "工作人员将在{within}到场处理", SafetyAdvice: false),
        new(IntentCode.ComplaintNeighbor, "邻里投诉", Arrival, "00:15:00", NeverPaused: true, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.OtherParty, AsksTime: false, AsksContact: false, "礼宾助理将在{within}上门处理", SafetyAdvice: false),
        new(IntentCode.RepairSimple, "简单维修", Resolution, "04:00:00", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.Home, AsksTime: true, AsksContact: true, "维修师傅将在{within}为您处理完毕", SafetyAdvice: false),
        new(IntentCode.RepairGeneral, "室内维修", Resolution, "7wd", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.Home, AsksTime: true, AsksContact: true, "我们将在{within}为您处理完毕，礼宾助理会先与您约定上门时间", SafetyAdvice: false),
        new(IntentCode.PublicGeneral, "公共区域报修", Resolution, "3wd", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.Public, AsksTime: false, AsksContact: true, "我们将在{within}修复", SafetyAdvice: false),
        new(IntentCode.ComplaintStaff, "投诉工作人员", Resolution, "04:00:00", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.None, AsksTime: false, AsksContact: true, "我们将在{within}处理并给您答复", SafetyAdvice: false),
        new(IntentCode.ComplaintOther, "其他投诉", FirstReply, "08:00:00", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.Any, AsksTime: false, AsksContact: true, "工作人员将在{within}跟进处理", SafetyAdvice: false),
        new(IntentCode.InquiryFee, "费用咨询", FirstReply, "00:30:00", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.None, AsksTime: false, AsksContact: false, "工作人员将在{within}回复您", SafetyAdvice: false),
        new(IntentCode.InquiryGeneral, "小区事务咨询", FirstReply, "00:30:00", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.None, AsksTime: false, AsksContact: false, "工作人员将在{within}回复您", SafetyAdvice: false),
        new(IntentCode.InquiryExternal, "外部事务咨询", FirstReply, "00:30:00", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.None, AsksTime: false, AsksContact: false, "工作人员将在{within}回复您", SafetyAdvice: false),
        new(IntentCode.ServiceConcierge, "礼宾服务", FirstReply, "00:30:00", NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.Home, AsksTime: true, AsksContact: true, "礼宾助理将在{within}与您确认", SafetyAdvice: false),
        new(IntentCode.TicketStatus, "查询工单进度", null, null, NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.None, AsksTime: false, AsksContact: false, "", SafetyAdvice: false),
        new(IntentCode.Smalltalk, "其他", null, null, NeverPaused: false, SupervisorAtOnce: false, OpensAtOnce: false,
            PlaceNeed.None, AsksTime: false, AsksContact: false, "", SafetyAdvice: false),
    ];

    private static readonly Dictionary<string, IntentProfile> ByCode = Table.ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>Every intent, in the standard's order.</summary>
    public static IReadOnlyList<IntentProfile> All => Table;

    /// <summary>The profile of an intent code; small talk's for an unknown code.</summary>
    public static IntentProfile For(string code) =>
        ByCode.TryGetValue(code ?? "", out var profile) ? profile : ByCode[IntentCode.Smalltalk];

    /// <summary>Serious staff complaints (abuse, violence, threats, repeated) reach the supervisor at once and get 2 days.</summary>
    public static bool SupervisorAtOnce(string intent, string? severity) =>
        For(intent).SupervisorAtOnce || (intent == IntentCode.ComplaintStaff && severity == IntentCode.SeveritySerious);
}
