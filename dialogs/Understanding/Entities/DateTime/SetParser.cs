namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Recurring times: 每天, 每周, 每个月, 每年, 每周一, 每周一下午八点 (for the specs; not owners' entities).</summary>
internal static class SetParser
{
    private static readonly (string Word, string Timex)[] Units =
    [
        ("个星期", "P1W"), ("个礼拜", "P1W"), ("星期", "P1W"), ("礼拜", "P1W"), ("个月", "P1M"), ("小时", "PT1H"),
        ("天", "P1D"), ("日", "P1D"), ("周", "P1W"), ("月", "P1M"), ("年", "P1Y"),
    ];

    public static bool TryRead(string text, int pos, DateOnly today, out DateTimeMatch? match)
    {
        match = null;
        if (text[pos] != '每' || pos + 1 >= text.Length)
        {
            return false;
        }

        if (PointReader.TryRead(text, pos + 1, today, null, out var point) && point.Date is { } date &&
            date.Timex.StartsWith("XXXX-WXX", StringComparison.Ordinal))
        {
            var inner = MatchBuilder.FromPoint(point, pos + 1, point.End);
            match = new DateTimeMatch(DateTimeKind.Set, pos, point.End, inner.Timex, default, default) { SpecOnly = true };
            return true;
        }

        foreach (var (word, timex) in Units)
        {
            if (TextAt.Is(text, pos + 1, word))
            {
                match = new DateTimeMatch(DateTimeKind.Set, pos, pos + 1 + word.Length, timex, default, default) { SpecOnly = true };
                return true;
            }
        }

        return false;
    }
}
