using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Notifications;
using ConciergeBot.Sla;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tickets;

/// <summary>
/// Writes the pings staff receive, in plain Chinese: which ticket, where, what, the promised time, how much
/// time is left or how late it is, and a link to the ticket. Phone numbers in it (the owner's words, a contact
/// given later) are masked (138****5678) for everyone but the ticket's assignee, who may need to call: the text is
/// stored so in the outbox, and every channel sends what is stored (WeCom and Discord, read by a whole group, mask
/// it again).
/// </summary>
internal sealed class TicketPings(IOptions<NotificationOptions> options)
{
    private const int DescriptionLength = 60;

    public OutboxMessage Opened(Ticket ticket, TicketClock? clock, StaffMember to, EscalationLevel level, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var header = level >= EscalationLevel.Supervisor ? "【紧急工单·请主管关注】" : "【新工单】";
        var promise = clock is null ? "" : $"请在{ChineseTimeText.Clock(clock.DueAt, now)}前{Verb(clock.Kind)}（{clock.Target.Describe()}内）。";
        return Message(ticket, clock, OutboxKinds.Opened, level, to, $"{header}{Subject(ticket)}。{promise}", null, now);
    }

    public OutboxMessage Reopened(Ticket ticket, TicketClock? clock, StaffMember to, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var promise = clock is null ? "" : $"请在{ChineseTimeText.Clock(clock.DueAt, now)}前{Verb(clock.Kind)}。";
        return Message(ticket, clock, OutboxKinds.Reopened, EscalationLevel.Assistant, to,
            $"【工单重开】{Subject(ticket)}。原因：{reason}。这是第{ticket.ReopenCount}次重开，{promise}", null, now);
    }

    /// <summary>The owner's later words made an open ticket more urgent: its new class and deadline.</summary>
    public OutboxMessage Upgraded(Ticket ticket, TicketClock clock, StaffMember to, EscalationLevel level, string from, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(clock);
        return Message(ticket, clock, OutboxKinds.Opened, level, to,
            $"【工单升级】{Subject(ticket)}。业主补充情况后由{IntentCode.Label(from)}升级为{IntentCode.Label(ticket.Intent)}，请在{ChineseTimeText.Clock(clock.DueAt, now)}前{Verb(clock.Kind)}（{clock.Target.Describe()}内）。", null, now);
    }

    /// <summary>The ping for a ticket the owner's correction moved to a slower class ("不是漏水，是水管在响").</summary>
    public OutboxMessage Revised(Ticket ticket, TicketClock clock, StaffMember to, string from, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(clock);
        return Message(ticket, clock, OutboxKinds.Opened, EscalationLevel.Assistant, to,
            $"【工单改类】{Subject(ticket)}。业主更正情况后由{IntentCode.Label(from)}改为{IntentCode.Label(ticket.Intent)}，原时限取消，请在{ChineseTimeText.Clock(clock.DueAt, now)}前{Verb(clock.Kind)}（{clock.Target.Describe()}内）。", null, now);
    }

    public OutboxMessage PlaceUpdated(Ticket ticket, TicketClock? clock, StaffMember to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Message(ticket, clock, OutboxKinds.Opened, EscalationLevel.Assistant, to, $"【地点更新】{Subject(ticket)}。请按新地点处理。", null, now);
    }

    /// <summary>The ping for a reminder stage of a clock.</summary>
    public OutboxMessage CancelledByOwner(Ticket ticket, StaffMember to, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Message(ticket, null, OutboxKinds.Opened, EscalationLevel.Assistant, to, $"【业主取消】{Subject(ticket)}。业主说：{reason}。无需再上门。", null, now);
    }

    public OutboxMessage Reminder(Ticket ticket, TicketClock clock, ScheduledStage stage, StaffMember to, StaffMember? alreadyTold, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(clock);
        var promise = $"承诺{ChineseTimeText.Clock(clock.DueAt, now)}前{Verb(clock.Kind)}";
        var late = now - clock.DueAt;
        var lateText = late < TimeSpan.FromSeconds(30) ? $"已到时限仍未{Verb(clock.Kind)}" : $"已超时{ChineseTimeText.Length(late)}仍未{Verb(clock.Kind)}";
        var (kind, level, text) = stage.Stage switch
        {
            ClockStage.Morning => (OutboxKinds.Warning, EscalationLevel.Assistant,
                $"【今日到期】{Subject(ticket)}。{promise}，请今天内完成。"),
            ClockStage.Breach => (OutboxKinds.Breach, EscalationLevel.Supervisor,
                $"【已超时】{Subject(ticket)}。{promise}，{lateText}，负责人{AssigneeName(ticket, alreadyTold)}。请主管跟进。"),
            ClockStage.Escalation => (OutboxKinds.Escalation, EscalationLevel.Manager,
                $"【超时升级】{Subject(ticket)}。{promise}，{lateText}，已通知客服主管{alreadyTold?.Name ?? ""}。请经理督办。"),
            _ => (OutboxKinds.Warning, EscalationLevel.Assistant,
                $"【时限提醒】{Subject(ticket)}。{promise}，还剩{ChineseTimeText.Length(clock.DueAt - now)}，请尽快处理。"),
        };
        return Message(ticket, clock, kind, level, to, text, stage.Stage.ToString(), now);
    }

    private OutboxMessage Message(Ticket ticket, TicketClock? clock, string kind, EscalationLevel level, StaffMember to, string text, string? stage, DateTimeOffset now)
    {
        var link = options.Value.TicketLink.Replace("{number}", ticket.Number, StringComparison.Ordinal);
        var shown = string.Equals(to.Id, ticket.Assignee, StringComparison.Ordinal) ? text : PhoneMask.Mask(text);
        return new OutboxMessage(0, ticket.Id, ticket.Number, kind, level.ToString().ToLowerInvariant(), to.Name, to.Id,
            $"{shown}详情：{link}", clock?.DueAt, stage, now, Priority: PriorityOf(ticket, kind));
    }

    /// <summary>Urgent tickets and late ones (breach, escalation) before everything else; the rest in order of age.</summary>
    public static OutboxPriority PriorityOf(Ticket ticket, string kind)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return kind is OutboxKinds.Breach or OutboxKinds.Escalation || IntentProfiles.For(ticket.Intent).OpensAtOnce
            ? OutboxPriority.Urgent
            : OutboxPriority.Normal;
    }

    private static string Subject(Ticket ticket)
    {
        var description = PhoneMask.Shorten(ticket.Description, DescriptionLength);
        return $"工单{ticket.Number}（{IntentCode.Label(ticket.Intent)}，{ticket.Place.Describe()}）：{description}";
    }

    private static string AssigneeName(Ticket ticket, StaffMember? assignee) => assignee?.Name ?? ticket.Assignee ?? "未指派";

    /// <summary>What the clock promises, as staff say it.</summary>
    public static string Verb(ClockKind kind) => kind switch
    {
        ClockKind.Arrival => "到场",
        ClockKind.FirstReply => "回复业主",
        ClockKind.Resolution => "处理完毕",
        ClockKind.FollowUp => "完成回访",
        _ => "处理",
    };
}
