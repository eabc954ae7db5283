using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>Request-dialog tests route by a fixed keyword table so they test the dialogs, not the classifier.</summary>
internal sealed class RequestClassifier : IMessageClassifier
{
    private static readonly (string Word, string Intent, string? Severity)[] Table =
    [
        ("煤气", IntentCode.Emergency, null),
        ("电梯困", IntentCode.Emergency, null),
        ("水管爆", IntentCode.RepairUrgent, null),
        ("停电", IntentCode.RepairUrgent, null),
        ("井盖", IntentCode.PublicUrgent, null),
        ("灯泡", IntentCode.RepairSimple, null),
        ("渗水", IntentCode.RepairGeneral, null),
        ("我要报修", IntentCode.RepairGeneral, null),
        ("路灯", IntentCode.PublicGeneral, null),
        ("太吵", IntentCode.ComplaintNeighbor, null),
        ("狗", IntentCode.ComplaintNeighbor, null),
        ("保安", IntentCode.ComplaintStaff, null),
        ("垃圾", IntentCode.ComplaintOther, null),
        ("出租车", IntentCode.ServiceConcierge, null),
        ("怎么样了", IntentCode.TicketStatus, null),
        ("物业费", IntentCode.InquiryFee, null),
        ("施工", IntentCode.InquiryGeneral, null),
        ("游泳池", IntentCode.InquiryGeneral, null),
        ("户口", IntentCode.InquiryExternal, null),
        ("宽带", IntentCode.InquiryExternal, null),
    ];

    public MessageReading Read(string normalizedText, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        foreach (var (word, intent, severity) in Table)
        {
            if (normalizedText.Contains(word, StringComparison.Ordinal))
            {
                return new MessageReading(intent, 0.95, [], severity);
            }
        }

        return new MessageReading(IntentCode.Smalltalk, 0.9, []);
    }
}
