using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Notifications;

namespace ConciergeBot.Tickets.Api;

/// <summary>A ping of a ticket and the state of its delivery on one channel (attempts, last error).</summary>
internal sealed record PingView(
    long Id, string Kind, string Level, string To, string Text, string? Stage, DateTimeOffset CreatedAt,
    string? Channel, int Attempts, DateTimeOffset? SentAt, DateTimeOffset? FailedAt, string? LastError)
{
    public static PingView From(OutboxEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var m = e.Message;
        return new(m.Id, m.Kind, m.Level, m.Recipient, m.Text, m.Stage, ChinaTime.ToLocal(m.CreatedAt), e.Channel, e.Attempts,
            TicketView.Local(e.SentAt), TicketView.Local(e.FailedAt), e.LastError);
    }
}
