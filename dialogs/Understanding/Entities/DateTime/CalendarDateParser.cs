using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Reads dates written with 年/月/日/号: 2026年12月1日, 3月5号, 12号, 下个月5号, 元月2号, 二零零四年八月十五,
/// 正月初一 (lunar), and the year or month alone (2009年, 2018年12月, 明年; for the specs only).
/// </summary>
internal static class CalendarDateParser
{
    private static readonly (string Word, int Offset)[] YearWords =
    [
        ("今年", 0), ("明年", 1), ("去年", -1), ("前年", -2), ("后年", 2), ("後年", 2), ("来年", 1),
    ];

    private static readonly (string Word, int Offset)[] MonthWords =
    [
        ("这个月", 0), ("這個月", 0), ("本月", 0), ("这月", 0), ("下个月", 1), ("下個月", 1), ("下月", 1),
        ("上个月", -1), ("上個月", -1), ("上月", -1),
    ];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create(
        "0123456789零〇一二两三四五六七八九十今明去前后後来这這本下上元正腊冬大农阴贞开神洪永康雍乾嘉道咸同光宣民");

    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !FirstChars.Contains(text[pos]))
        {
            return false;
        }

        var i = pos;
        var lunar = IsLunarWord(text, i);
        if (lunar)
        {
            i += 2;
        }

        var year = 0;
        var yearRelative = false;
        foreach (var (word, off) in YearWords)
        {
            if (TextAt.Is(text, i, word) && !(off == 2 && pos > 0 && text[pos - 1] is '以' or '之' or '然'))
            {
                year = today.Year + off;
                yearRelative = true;
                i += word.Length;
                break;
            }
        }

        if (year == 0 && TryYear(text, i, out var y, out var yEnd))
        {
            year = y;
            i = yEnd;
        }

        if (year == 0 && EraYears.TryRead(text, i, out var era, out var eraEnd))
        {
            year = era;
            i = eraEnd;
        }

        if (year > 0 && i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (year > 0 && IsLunarWord(text, i))
        {
            lunar = true;
            i += 2;
        }

        var yearEnd = i;
        var month = 0;
        var monthStart = i;
        var monthRelative = false;
        foreach (var (word, off) in MonthWords)
        {
            if (TextAt.Is(text, i, word))
            {
                var m = new DateOnly(today.Year, today.Month, 1).AddMonths(off);
                if (year == 0)
                {
                    year = m.Year;
                }

                month = m.Month;
                monthRelative = true;
                i += word.Length;
                break;
            }
        }

        if (month == 0)
        {
            TryMonth(text, i, out month, out var lunarMonth, out var mEnd);
            lunar |= lunarMonth;
            if (month > 0)
            {
                i = mEnd;
            }
        }

        if (month == 0)
        {
            if (year > 0)
            {
                return YearPartParser.TryAfter(text, pos, yearEnd, year, 0, today, out phrase) ||
                    YearOnly(text, pos, i, year, yearRelative, today, out phrase);
            }

            return TryDayOnly(text, pos, today, out phrase);
        }

        var dayStart = i;
        if (!monthRelative && YearPartParser.TryAfter(text, pos, i, year, month, today, out phrase))
        {
            return true;
        }

        if (TryDay(text, i, month, out var day, out var dayLunar, out var dEnd))
        {
            lunar |= dayLunar;
            phrase = Build(pos, dEnd, year, month, day, lunar, today);
            if (lunar && month == 1 && day == 30 && TextAt.Is(text, monthStart, "大年") &&
                LunarCalendar.NextGregorian(today, 1, 1) is { } newYear)
            {
                phrase = phrase with { Gregorian = newYear.AddDays(-1) }; // 大年三十 is New Year's Eve
            }
            return true;
        }

        if (monthRelative && !yearRelative)
        {
            var first = new DateOnly(year, month, 1);
            phrase = MonthPhrase(pos, dayStart, first, year, month, specOnly: true);
            return true;
        }

        if (year > 0)
        {
            phrase = MonthPhrase(pos, dayStart, new DateOnly(year, month, 1), year, month, specOnly: true);
            return true;
        }

        if (monthStart == pos && !lunar)
        {
            // 3月 alone: the specs resolve it back and forward.
            var thisYear = new DateOnly(today.Year, month, 1);
            var past = thisYear <= today ? thisYear : thisYear.AddYears(-1);
            var future = thisYear.AddMonths(1) > today ? thisYear : thisYear.AddYears(1);
            phrase = new DatePhrase(pos, dayStart, DateGranularity.Month, $"XXXX-{month:00}", future, past)
            {
                FutureEnd = future.AddMonths(1),
                PastEnd = past.AddMonths(1),
                Month = month,
                SpecOnly = true,
            };
            return true;
        }

        return false;
    }

    private static bool IsLunarWord(string text, int i) =>
        TextAt.Is(text, i, "农历") || TextAt.Is(text, i, "阴历");

    private static DatePhrase MonthPhrase(int start, int end, DateOnly first, int year, int month, bool specOnly) =>
        new(start, end, DateGranularity.Month, $"{DateMath.Year(year)}-{month:00}", first, first)
        {
            FutureEnd = first.AddMonths(1),
            PastEnd = first.AddMonths(1),
            Year = year,
            Month = month,
            SpecOnly = specOnly,
        };

    private static bool YearOnly(string text, int start, int end, int year, bool relative, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        var first = new DateOnly(year, 1, 1);
        var last = first.AddYears(1);
        phrase = new DatePhrase(start, end, DateGranularity.Year, DateMath.Year(year), first, first)
        {
            FutureEnd = relative && year == today.Year ? today : last,
            PastEnd = relative && year == today.Year ? today : last,
            Year = year,
            SpecOnly = true,
        };
        return true;
    }

    /// <summary>Builds a day from a year (0 = unknown), month and day.</summary>
    public static DatePhrase Build(int start, int end, int year, int month, int day, bool lunar, DateOnly today)
    {
        if (year > 0)
        {
            var d = lunar ? LunarAsWritten(year, month, day) : DateMath.Create(year, month, day);
            return new DatePhrase(start, end, DateGranularity.Day, DateMath.Date(year, month, day), d, d)
            {
                Year = year,
                Month = month,
                IsLunar = lunar,
                Gregorian = lunar ? LunarCalendar.ToGregorian(year, month, day) : null,
            };
        }

        var (future, past) = DateMath.MonthDay(today, month, day);
        DateOnly? gregorian = null;
        if (lunar)
        {
            gregorian = LunarCalendar.NextGregorian(today, month, day);
        }

        return new DatePhrase(start, end, DateGranularity.Day, $"XXXX-{month:00}-{day:00}", future, past)
        {
            Month = month,
            IsLunar = lunar,
            Gregorian = gregorian,
        };
    }

    private static DateOnly? LunarAsWritten(int year, int month, int day) =>
        DateMath.Create(year, month, Math.Min(day, DateTime.DaysInMonth(Math.Max(year, 1), month)));

    /// <summary>A year written with 年: 2026年, 08年, 二零零四年, 两千年.</summary>
    private static bool TryYear(string text, int pos, out int year, out int end)
    {
        year = 0;
        end = pos;
        if (pos >= text.Length || !ChineseNumerals.IsNumeralChar(text[pos]) || text[pos] is '万' or '十' or '百' or '千')
        {
            return false;
        }

        if (pos > 0 && (char.IsAsciiDigit(text[pos - 1]) || ChineseNumerals.IsChineseNumeralChar(text[pos - 1])))
        {
            return false;
        }

        if (!ChineseNumerals.TryRead(text, pos, out var n, out var len, out var style))
        {
            return false;
        }

        var i = pos + len;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '年')
        {
            return false;
        }

        var yearLike = style switch
        {
            NumeralStyle.Arabic => len == 4 || (len == 2 && FollowedByMonth(text, i + 1)),
            NumeralStyle.ArabicLeadingZero => len is 2 or 4,
            NumeralStyle.ChineseDigits => len >= 2,
            _ => n >= 1000,
        };
        if (!yearLike)
        {
            return false;
        }

        year = len == 2 && n < 100 ? DateMath.ExpandYear(n, 2) : n;
        end = i + 1;
        return year > 0;
    }

    private static bool FollowedByMonth(string text, int pos)
    {
        if (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }

        return ChineseNumerals.TryRead(text, pos, out var m, out var len, out _) && m is >= 1 and <= 12 &&
            pos + len < text.Length && text[pos + len] == '月';
    }

    private static void TryMonth(string text, int pos, out int month, out bool lunar, out int end)
    {
        month = 0;
        lunar = false;
        end = pos;
        if (pos + 1 >= text.Length)
        {
            return;
        }

        var two = text.AsSpan(pos, 2);
        (month, lunar) = two switch
        {
            "元月" => (1, false),
            "大年" => (1, true),
            "正月" => (1, true),
            "腊月" => (12, true),
            "冬月" => (11, true),
            _ => (0, false),
        };
        if (month > 0)
        {
            end = pos + 2;
            return;
        }

        if (!ChineseNumerals.IsNumeralChar(text[pos]) || text[pos] is '万' or '百' or '千')
        {
            return;
        }

        if (pos > 0 && (char.IsAsciiDigit(text[pos - 1]) || ChineseNumerals.IsChineseNumeralChar(text[pos - 1]) || text[pos - 1] is '.' or '/' or '第'))
        {
            return;
        }

        if (!ChineseNumerals.TryRead(text, pos, out var n, out var len, out _) || n < 1 || n > 12)
        {
            return;
        }

        var i = pos + len;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] == '月' && !(i + 1 < text.Length && text[i + 1] is '份' && false))
        {
            month = n;
            end = i + 1;
            if (end < text.Length && text[end] == '份')
            {
                end++;
            }
        }
    }

    /// <summary>The day after a month: 5日, 5号, 十五, 初一, 三十.</summary>
    private static bool TryDay(string text, int pos, int month, out int day, out bool lunar, out int end)
    {
        day = 0;
        lunar = false;
        end = pos;
        if (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }

        if (pos + 1 < text.Length && text[pos] == '初' && ChineseNumerals.TryRead(text, pos + 1, out var d0, out var l0, out _) && d0 is >= 1 and <= 10)
        {
            day = d0;
            lunar = true;
            end = pos + 1 + l0;
            return true;
        }

        if (pos >= text.Length || !ChineseNumerals.IsNumeralChar(text[pos]) || text[pos] is '万' or '百' or '千')
        {
            return false;
        }

        if (!ChineseNumerals.TryRead(text, pos, out var d, out var len, out _) || d < 1 || d > 31)
        {
            return false;
        }

        var i = pos + len;
        if (i < text.Length && text[i] is '日' or '号' or '號')
        {
            if (DayWordExcluded(text, i + 1))
            {
                return false;
            }

            day = d;
            end = i + 1;
            return true;
        }

        // 八月十五, 一月二十三: a bare day after the month, unless a quantity follows (3月5个人).
        if (i < text.Length && (char.IsAsciiDigit(text[i]) || ChineseNumerals.IsNumeralChar(text[i]) || IsUnitAfterBareDay(text[i])))
        {
            return false;
        }

        if (i < text.Length && (text[i] == '点' || text[i] == ':' || text[i] == '时'))
        {
            return false;
        }

        day = d;
        end = i;
        _ = month;
        return true;
    }

    private static bool IsUnitAfterBareDay(char c) => c is '个' or '人' or '元' or '块' or '万' or '平' or '米' or '度' or '次'
        or '天' or '栋' or '楼' or '层' or '室' or '单' or '岁' or '年' or '月' or '分' or '%' or '.' or '斤' or '号' or '日';

    /// <summary>A day of the month alone: 12号, 15号之前, 29日.</summary>
    private static bool TryDayOnly(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !ChineseNumerals.IsNumeralChar(text[pos]) || text[pos] is '万' or '百' or '千')
        {
            return false;
        }

        if (pos > 0 && IsDayNumberBlockedBefore(text[pos - 1]))
        {
            return false;
        }

        if (!ChineseNumerals.TryRead(text, pos, out var d, out var len, out var style) || d < 1 || d > 31 ||
            style == NumeralStyle.ChineseDigits)
        {
            return false;
        }

        var i = pos + len;
        if (i >= text.Length || text[i] is not ('日' or '号' or '號') || DayWordExcluded(text, i + 1))
        {
            return false;
        }

        var (future, past) = DateMath.DayOnly(today, d);
        phrase = new DatePhrase(pos, i + 1, DateGranularity.Day, $"XXXX-XX-{d:00}", future, past);
        return true;
    }

    private static bool IsDayNumberBlockedBefore(char c) =>
        char.IsAsciiLetterOrDigit(c) || ChineseNumerals.IsChineseNumeralChar(c) || c is '.' or '-' or '/' or '第' or '编' or '型'
            or '账' or '帐' or '序' or '番' or '挂' or '牌' or '工' or '学' or '批' or '床' or '座' or '单' or '车' or '元' or '楼'
            or '栋' or '期' or '幢' or '区' or '门' or '排' or '列' or '组' or '页' or '章' or '条' or '款' or '项' or '周' or '星';

    /// <summary>号/日 followed by these is not a day: 3号楼, 5号线, 日元, 号码.</summary>
    private static bool DayWordExcluded(string text, int after)
    {
        if (after >= text.Length)
        {
            return false;
        }

        return text[after] is '楼' or '樓' or '栋' or '棟' or '房' or '门' or '線' or '线' or '床' or '位' or '铺' or '柜' or '窗'
            or '机' or '店' or '院' or '仓' or '库' or '桥' or '口' or '馆' or '厅' or '厂' or '台' or '车' or '码' or '单' or '座'
            or '幢' or '场' or '箱' or '桌' or '屋' or '间' or '室' or '坑' or '区' or '岗' or '街' or '路' or '巷' or '弄' or '元'
            or '本' or '游' or '子' or '志' or '记' or '常' or '用' or '夜' or '报' or '程' or '历' or '期' or '照' or '光' or '式'
            or '杆' or '通' or '頭' or '头' or '字' or '地' or '货' or '品' or '卡' or '键' or '人' or '球' or '选' or '员' or '样';
    }
}
