using ConciergeBot.Dialogs.Understanding.Entities.Numbers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Money;

/// <summary>
/// Finds amounts of money in yuan: 1.5万元, 两千五百块, 八十块钱, 一块五, 三块五毛, 五毛钱, ¥300, RMB 500,
/// ranges (50-100元 gives two amounts), and bare numbers that the message makes money (电梯费每个月36.75对吗,
/// 押金交了2000, a second figure after 收了我45块 …): a number with no unit of its own, in a clause that talks
/// about fees or payments, or in a message that already names an amount.
/// </summary>
internal static class MoneyRecognizer
{
    private static readonly string[] Suffixes = ["块钱", "元钱", "元人民币", "块", "元", "圆", "人民币", "rmb", "RMB", "Rmb", "CNY", "cny"];
    private static readonly string[] Prefixes = ["¥", "RMB", "rmb", "Rmb", "CNY", "cny", "人民币"];

    // Words that make a unit-less number in the same clause an amount of money.
    private static readonly string[] Cues =
    [
        "费", "钱", "价", "押金", "账单", "交", "缴", "付", "收了", "收我", "扣", "退", "花", "买", "卖", "租", "贵", "便宜", "款",
        "罚", "赔", "报销", "充值", "余额", "欠", "划算", "包年", "包月", "月供", "预算", "金额", "多少钱", "收费", "红包", "转账",
        "损失", "报价", "工钱", "涨", "降价", "打折", "优惠",
    ];

    // Before a number, these make it an address, a code or an ordinal rather than an amount.
    private static readonly string[] NotAmountBefore =
    [
        "住", "在", "第", "号", "房", "室", "栋", "楼", "家", "尾号", "编号", "单号", "密码", "验证码", "车牌", "手机", "电话", "号码", "工号",
        "号是", "码是", "号为", "码为", "家是", "面积", "面积是", "面积为", "今年", "去年", "明年", "岁",
    ];

    // After a unit-less amount: the end of the clause or a particle/verb, never a measure word or unit.
    private const string AmountFollowers = "吗吧呢啊呀哦啦了的对是还就都也不没我你他她这那哪怎多左买交付收退给和或到至吧嘛以内上下";

    // Strong words: anywhere in the message they make a plain figure with no unit (1500怎么样) an amount.
    private static readonly string[] StrongCues = ["钱", "费", "价", "便宜", "贵", "押金", "账单", "元", "块"];

    // Before a plain figure, words that introduce an amount in a message about money.
    private static readonly string[] FigureLeads = ["涨到", "降到", "变成", "要", "说", "才", "就", "只", "最多", "最少", "至少", "不到", "超过", "总共", "一共", "大概", "差不多", "是", "了"];

    // After a figure, "一次/每平/一个月" makes it a rate: 3.2一平, 180一次, 50每小时.
    private static readonly string[] RateUnits = ["次", "平", "个", "度", "小时", "天", "月", "年", "人", "件", "趟", "户", "间", "台", "位"];

    public static void Recognize(string text, List<ParsedNumber> numbers, List<RecognizedEntity> output)
    {
        int explicitCount = 0;
        Span<bool> isMoney = numbers.Count <= 64 ? stackalloc bool[numbers.Count] : new bool[numbers.Count];
        for (int k = 0; k < numbers.Count; k++)
        {
            ParsedNumber number = numbers[k];
            if (TryExplicit(text, number, out int start, out int end, out double value))
            {
                output.Add(Entity(text, start, end, value));
                isMoney[k] = true;
                explicitCount++;

                // 50-100元: the first figure of the range is money too.
                if (k > 0 && !isMoney[k - 1] && IsRangeBetween(text, numbers[k - 1], number))
                {
                    output.Add(Entity(text, numbers[k - 1].Start, numbers[k - 1].End, numbers[k - 1].Value));
                    isMoney[k - 1] = true;
                }
            }
            else if (k > 0 && isMoney[k - 1] && IsRangeBetween(text, numbers[k - 1], number) && text[numbers[k - 1].Start] == '¥')
            {
                output.Add(Entity(text, number.Start, number.End, number.Value));
                isMoney[k] = true;
            }
        }

        for (int k = 0; k < numbers.Count; k++)
        {
            if (!isMoney[k] && IsContextualAmount(text, numbers[k], explicitCount > 0))
            {
                output.Add(Entity(text, numbers[k].Start, numbers[k].End, numbers[k].Value));
            }
        }
    }

    private static RecognizedEntity Entity(string text, int start, int end, double value) =>
        new(EntityTypes.Money, text[start..end], start, end - start, EntityValueFormat.Number(Math.Round(value, 2)));

    private static bool TryExplicit(string text, ParsedNumber number, out int start, out int end, out double value)
    {
        start = number.Start;
        end = number.End;
        value = number.Value;
        bool prefixed = TryPrefix(text, number.Start, out int prefixStart);
        int unitAt = NumberParser.SkipSpaces(text, number.End, text.Length);
        if (TextScan.StartsWithAny(text, unitAt, Suffixes, out string? unit) && IsMoneyUnit(text, number, unitAt, unit!))
        {
            end = unitAt + unit!.Length;
            if (unit is "块" or "元")
            {
                ReadChange(text, ref end, ref value);
            }
        }
        else if (TryChangeOnly(text, number, unitAt, out int changeEnd, out double change))
        {
            end = changeEnd;
            value = change;
        }
        else if (!prefixed)
        {
            return false;
        }

        if (prefixed)
        {
            start = prefixStart;
        }

        return !number.Has(NumberTraits.Negative) || prefixed;
    }

    private static bool TryPrefix(string text, int numberStart, out int prefixStart)
    {
        prefixStart = numberStart;
        int before = numberStart;
        if (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        foreach (string prefix in Prefixes)
        {
            int s = before - prefix.Length;
            if (s >= 0 && text.AsSpan(s, prefix.Length).SequenceEqual(prefix) && (s == 0 || !ChineseNumerals.IsAsciiLetter(text[s - 1])))
            {
                prefixStart = s;
                return true;
            }
        }

        return false;
    }

    /// <summary>块 is also a measure word (一块蛋糕, 两块瓷砖): it is money before 钱, a particle, a digit or the clause end.</summary>
    private static bool IsMoneyUnit(string text, ParsedNumber number, int unitAt, string unit)
    {
        int after = unitAt + unit.Length;
        if (unit.StartsWith('r') || unit.StartsWith('R') || unit.StartsWith('C') || unit.StartsWith('c'))
        {
            return after >= text.Length || !ChineseNumerals.IsAsciiLetter(text[after]);
        }

        if (unit != "块")
        {
            return true;
        }

        char next = after < text.Length ? text[after] : '\0';
        return !TextScan.IsCjk(next) || ChineseNumerals.Digit(next) >= 0 || AmountFollowers.Contains(next) || next is '钱' or '一' or '每'
            || TextScan.ContainsAny(text.AsSpan(TextScan.ClauseStart(text, number.Start)), Cues);
    }

    // 一块五 (1.5), 三块五毛 (3.5), 5元3角2分 (5.32)
    private static void ReadChange(string text, ref int end, ref double value)
    {
        int q = end;
        if (q >= text.Length || DigitAt(text, q) is not (>= 0 and var tenths)
            || (q + 1 < text.Length && (ChineseNumerals.Small(text[q + 1]) > 0 || ChineseNumerals.Big(text[q + 1]) > 0 || ChineseNumerals.IsAsciiDigit(text[q + 1]))))
        {
            return;
        }

        q++;
        if (q < text.Length && text[q] is '毛' or '角')
        {
            q++;
            if (q + 1 < text.Length && DigitAt(text, q) is >= 0 and var cents && text[q + 1] == '分')
            {
                value += cents / 100.0;
                q += 2;
            }
        }
        else if (q < text.Length && TextScan.IsCjk(text[q]) && !AmountFollowers.Contains(text[q]) && text[q] != '钱' && ChineseNumerals.Digit(text[q]) < 0)
        {
            return; // 一块五十 or 两块五个: not change
        }

        if (q < text.Length && text[q] == '钱')
        {
            q++;
        }

        value += tenths / 10.0;
        end = q;
    }

    // 五毛, 五毛钱, 8角, 三毛五
    private static bool TryChangeOnly(string text, ParsedNumber number, int unitAt, out int end, out double value)
    {
        end = unitAt;
        value = 0;
        if (unitAt >= text.Length || text[unitAt] is not ('毛' or '角') || number.Value is < 1 or > 9 || !number.IsWholeNumber)
        {
            return false;
        }

        int q = unitAt + 1;
        char next = q < text.Length ? text[q] : '\0';
        if (TextScan.IsCjk(next) && next != '钱' && !AmountFollowers.Contains(next) && ChineseNumerals.Digit(next) < 0)
        {
            return false; // 五角大楼, 三毛巾
        }

        value = number.Value / 10;
        if (q < text.Length && DigitAt(text, q) is >= 0 and var cents && (q + 1 >= text.Length || !ChineseNumerals.IsNumeral(text[q + 1])))
        {
            value += cents / 100.0;
            q++;
            if (q < text.Length && text[q] == '分')
            {
                q++;
            }
        }

        if (q < text.Length && text[q] == '钱')
        {
            q++;
        }

        end = q;
        return true;
    }

    private static int DigitAt(string text, int q) =>
        ChineseNumerals.IsAsciiDigit(text[q]) ? text[q] - '0' : ChineseNumerals.Digit(text[q]);

    private static bool IsRate(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('一' or '每'))
        {
            return false;
        }

        int unit = end + 1 < text.Length && text[end + 1] == '个' && text[end] == '一' ? end + 2 : end + 1;
        return TextScan.StartsWithAny(text, unit, RateUnits, out _);
    }

    private static bool IsRangeBetween(string text, ParsedNumber first, ParsedNumber second)
    {
        int q = NumberParser.SkipSpaces(text, first.End, text.Length);
        if (q >= text.Length || text[q] is not ('-' or '~' or '到' or '至' or '—'))
        {
            return false;
        }

        return NumberParser.SkipSpaces(text, q + 1, text.Length) == second.Start;
    }

    private static bool IsContextualAmount(string text, ParsedNumber number, bool messageNamesAmount)
    {
        if (number.Has(NumberTraits.LoneDigit) || number.Value < 1 || number.Has(NumberTraits.Negative) || number.Has(NumberTraits.Fraction)
            || (number.Has(NumberTraits.Arabic) && !number.Has(NumberTraits.Decimal) && !number.Has(NumberTraits.Multiplier) && number.Length > 7))
        {
            return false;
        }

        char next = number.End < text.Length ? text[number.End] : '\0';
        bool rate = IsRate(text, number.End);
        if (next != '\0' && TextScan.IsCjk(next) && !AmountFollowers.Contains(next) && !rate)
        {
            return false;
        }

        if (next is '%' or '/' or ':' or '-' or '.' || ChineseNumerals.IsAsciiLetter(next) || ChineseNumerals.IsAsciiDigit(next))
        {
            return false;
        }

        int clauseStart = TextScan.ClauseStart(text, number.Start);
        if (TextScan.EndsWithAny(text, number.Start, NotAmountBefore) || (number.Start > 0 && text[number.Start - 1] is '#' or ' ' && TextScan.EndsWithAny(text, number.Start - 1, NotAmountBefore)))
        {
            return false;
        }

        ReadOnlySpan<char> clause = text.AsSpan(clauseStart, TextScan.ClauseEnd(text, number.End) - clauseStart);
        if (messageNamesAmount || TextScan.ContainsAny(clause, Cues))
        {
            return true;
        }

        // Elsewhere in a message about fees, figures written like amounts (356.8, 三千三, 180一次) are amounts too, and so
        // is a plain figure that opens its clause or follows 涨到/要/说 … (能不能便宜点 1500怎么样).
        bool amountLike = number.Has(NumberTraits.Decimal) || (number.Has(NumberTraits.Chinese) && number.Has(NumberTraits.Multiplier) && number.Value >= 10);
        bool plainFigure = number.Value >= 10 && number.Length <= 6
            && (number.Start == clauseStart || TextScan.EndsWithAny(text, number.Start, FigureLeads));
        return (amountLike && TextScan.ContainsAny(text, Cues))
            || ((amountLike || rate || plainFigure) && TextScan.ContainsAny(text, StrongCues))
            || (number.Value >= 1e4 && number.Has(NumberTraits.Multiplier) && (next is '\0' or ' ' || AmountFollowers.Contains(next)))
            || (number.Value >= 100 && number.Has(NumberTraits.Multiplier) && next == '的'); // 1千2的空调, 两千的押金
    }
}
