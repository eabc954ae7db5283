using System.Globalization;

namespace ConciergeBot.Knowledge.Calendar;

/// <summary>Times and lengths of time as the bot writes them in Chinese, in Beijing time.</summary>
public static class ChineseTimeText
{
    /// <summary>
    /// "14:32" when <paramref name="at"/> is on the same Beijing day as <paramref name="now"/>, "明天14:32" the next
    /// day, otherwise "11月25日18:00" (with the year when it differs).
    /// </summary>
    public static string Clock(DateTimeOffset at, DateTimeOffset now)
    {
        var local = ChinaTime.ToLocal(at);
        var day = ChinaTime.DateOf(at);
        var today = ChinaTime.DateOf(now);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (day == today)
        {
            return time;
        }

        if (day == today.AddDays(1))
        {
            return "明天" + time;
        }

        return day.Year == today.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{day.Month}月{day.Day}日{time}")
            : string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日{time}");
    }

    /// <summary>A length of time: "20秒", "5分钟", "1小时5分钟", "2天3小时". Negative lengths are written as their size.</summary>
    public static string Length(TimeSpan span)
    {
        span = span.Duration();
        if (span < TimeSpan.FromMinutes(1))
        {
            return $"{Math.Max(1, (int)Math.Round(span.TotalSeconds))}秒";
        }

        var minutes = (long)Math.Round(span.TotalMinutes);
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var rest = minutes % 60;
        return (days, hours, rest) switch
        {
            (> 0, 0, _) => $"{days}天",
            (> 0, _, _) => $"{days}天{hours}小时",
            (0, > 0, 0) => $"{hours}小时",
            (0, > 0, _) => $"{hours}小时{rest}分钟",
            _ => $"{rest}分钟",
        };
    }
}
