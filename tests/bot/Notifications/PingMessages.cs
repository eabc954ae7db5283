using ConciergeBot.Notifications;

namespace ConciergeBot.Tests.Bot.Notifications;

internal static class PingMessages
{
    public static OutboxMessage ForLiJing(long id = 1, string text = "【新工单】3栋1202 邻居装修噪音。请在10:30前联系业主（30分钟内）。") => new(
        id, null, "20261122-0001", OutboxKinds.Opened, "assistant", "李静", "assistant-lijing", text, null, null,
        new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
}
