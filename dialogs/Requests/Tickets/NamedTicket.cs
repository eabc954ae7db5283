using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// Which of the owner's recent open tickets a message names by its matter: "算了，门把手那个不用来了" after a door handle
/// and then a street lamp were filed names the door handle, not the latest. Matched as <see cref="SameMatter"/> words of
/// the ticket's description in the message as written or as normalised; the ticket sharing the most wins, and a tie names none.
/// </summary>
public static class NamedTicket
{
    /// <summary>How far back a ticket may have been opened and still be called off by its matter in this conversation.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromHours(2);

    /// <summary>The words of calling a visit off, which any two call-offs share with each other's tickets.</summary>
    private static readonly HashSet<string> CallOffWords =
        ["取消", "不用", "算了", "来了", "好了", "修好", "自己", "不要", "需要", "过来", "上门", "派人", "处理", "报修", "工单", "麻烦"];

    public static TicketSummary? Among(IEnumerable<TicketSummary> tickets, string normalized, string written, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var scored = OpenAndRecent(tickets, now)
            .Select(t => (Ticket: t, Shared: Math.Max(SameMatter.SharedWords(normalized, t.Description, CallOffWords), SameMatter.SharedWords(written, t.Description, CallOffWords))))
            .Where(s => s.Shared > 0)
            .OrderByDescending(s => s.Shared)
            .ToList();
        return scored.Count == 1 || (scored.Count > 1 && scored[0].Shared > scored[1].Shared) ? scored[0].Ticket : null;
    }

    /// <summary>The tickets still open and opened within <see cref="Recent"/> of <paramref name="now"/>.</summary>
    public static IEnumerable<TicketSummary> OpenAndRecent(IEnumerable<TicketSummary> tickets, DateTimeOffset now) =>
        tickets.Where(t => t.IsOpen && now - t.CreatedAt <= Recent);

    /// <summary>
    /// What the owner is told once <paramref name="ticket"/>, named by <paramref name="message"/>, is called off: its number,
    /// the clause of its description that the message named ("卫生间的门把手掉了"), and that staff know.
    /// </summary>
    public static string Cancelled(TicketSummary ticket, string message)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return $"好的，已为您取消工单 {ticket.Number}（{Matter(ticket, message)}），并通知了工作人员不用再过去。";
    }

    /// <summary>The clause of the ticket's description that <paramref name="message"/> named ("卫生间的门把手掉了"), phones masked; else the kind of request.</summary>
    public static string Matter(TicketSummary ticket, string message)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ClauseNamed(ticket.Description, message ?? "") is { } clause ? PhoneMask.Mask(clause) : IntentCode.Label(ticket.Intent);
    }

    private static readonly char[] ClauseEnds = ['，', ',', '。', '！', '!', '？', '?', '；', ';', '\n', ' '];

    private static string? ClauseNamed(string description, string message)
    {
        var at = -1;
        for (var i = 0; i + 2 <= message.Length; i++)
        {
            var word = message.Substring(i, 2);
            var found = SameMatter.IsMatterWord(word, CallOffWords) ? description.IndexOf(word, StringComparison.Ordinal) : -1;
            if (found >= 0 && (at < 0 || found < at))
            {
                at = found;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var from = description.LastIndexOfAny(ClauseEnds, at) + 1;
        var to = description.IndexOfAny(ClauseEnds, at);
        return PhoneMask.Shorten(description[from..(to < 0 ? description.Length : to)], 16);
    }
}
