using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Channels.Proactive;

/// <summary>What owners are told when their ticket moves: accepted, a technician on the way, resolved, and the survey.</summary>
internal static class OwnerUpdateTexts
{
    public static readonly IReadOnlyList<string> SurveyChoices = ["非常满意", "满意", "一般", "不满意"];

    /// <summary>The updates a timeline event calls for (none for most events).</summary>
    public static IReadOnlyList<OwnerUpdate> For(string eventKind, TicketFacts ticket, Roster roster)
    {
        var greeting = $"{ticket.OwnerName ?? ""}您好，";
        var subject = $"您的工单 {ticket.Number}（{Short(ticket.Description)}）";
        var assignee = ticket.Assignee is { } id ? roster.FindById(id) : null;
        return eventKind switch
        {
            "accepted" =>
            [
                new(OwnerUpdate.Accepted,
                    $"{greeting}{subject}已由{assignee?.Name ?? "工作人员"}接单，我们会尽快为您处理，进度有变化会第一时间告诉您。"),
            ],
            "dispatched" when assignee?.Role == StaffRole.Technician =>
            [
                new(OwnerUpdate.OnTheWay,
                    $"{greeting}维修师傅{assignee.Name}已接到{subject}，正在赶来，请您保持电话畅通。"),
            ],
            "resolved" =>
            [
                new(OwnerUpdate.Resolved,
                    $"{greeting}{subject}已处理完成。如果问题还没有解决，请直接回复告诉我们，我们会立即重新处理。"),
                new(OwnerUpdate.Survey, "为了把服务做得更好，想请您为这次服务打个分：", SurveyChoices),
            ],
            _ => [],
        };
    }

    /// <summary>The first words of the description, phone numbers masked as in the status reply.</summary>
    private static string Short(string description) => PhoneMask.Mask(PhoneMask.Shorten(description, 20));
}
