using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// Placeholder routing table used until the trained classifier is registered: a few unambiguous keywords per
/// intent, most urgent first. Kept deliberately small; see the understanding feature for the real classifier.
/// </summary>
public sealed class KeywordClassifier : IMessageClassifier
{
    private static readonly (string Intent, string[] Words)[] Table =
    [
        (IntentCode.Emergency, ["着火", "火灾", "冒烟", "煤气味", "燃气泄漏", "困在电梯", "电梯困人", "晕倒"]),
        (IntentCode.RepairUrgent, ["漏水", "爆管", "水管爆", "停电", "跳闸", "停水", "没水", "马桶堵"]),
        (IntentCode.ComplaintNeighbor, ["装修太吵", "太吵", "噪音", "狗叫", "唱歌"]),
        (IntentCode.RepairSimple, ["灯泡", "换锁", "水龙头"]),
        (IntentCode.InquiryFee, ["物业费", "停车费", "电梯费", "滞纳金", "收费", "交费", "缴费"]),
        (IntentCode.TicketStatus, ["进度", "怎么样了", "什么时候到"]),
        (IntentCode.Smalltalk, ["你好", "您好", "谢谢", "在吗", "hello", "hi"]),
    ];

    public MessageReading Read(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var (intent, words) in Table)
        {
            if (words.Any(w => turn.NormalizedText.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return new MessageReading(intent, 0.9, []);
            }
        }
        return new MessageReading(IntentCode.InquiryGeneral, 0.3, [], NeedsClarification: true);
    }
}
