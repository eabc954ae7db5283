using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>The words that tell which fee a question is about, for how long, and with which reductions.</summary>
internal static class FeeCues
{
    public static readonly string[] PropertyFee = ["物业费", "物业服务费", "物业管理费", "物管费", "管理费", "property fee", "management fee", "service charge"];
    public static readonly string[] LiftFee = ["电梯费", "电梯运行费", "电梯使用费", "电梯", "lift fee", "elevator fee", "lift included", "elevator included"];
    public static readonly string[] Excluding = ["不算", "不含", "不包含", "不包括", "除了", "除去", "去掉", "不要", "不计", "不用算", "不加", "不带", "扣掉", "刨去"];
    public static readonly string[] Together = ["加", "和", "一起", "连同", "以及", "还有", "跟", "合计", "总共", "一共", "全部"];
    public static readonly string[] AskingAmount = ["多少", "几多", "多钱", "交几", "要交", "该交", "得交", "算一下", "算算", "怎么算", "费用", "总共", "一共", "合计", "how much", "total", "what will i pay", "what do i pay"];
    /// <summary>Words of paying: "165平方，一个季度要交多少钱" asks a fee even though it names an area.</summary>
    public static readonly string[] Paying = ["交", "缴", "钱", "付"];
    public static readonly string[] AnnualDiscount = ["1月31", "一月底", "1月底", "一月三十一", "年初", "打折", "打完折", "折扣", "折后", "优惠", "九五折", "95折", "年付", "便宜点", "便宜些", "便宜一点", "便宜多少", "省多少", "少交多少", "能便宜", "会便宜", "更便宜", "1月份一次", "一月份一次", "一次性交一年", "一次交一年", "cheaper", "discount", "31 jan", "jan 31", "31st jan", "31 january", "january 31", "end of january"];
    public static readonly string[] Vacancy = ["空置", "空着", "没人住", "无人居住", "空房", "闲置"];
    public static readonly string[] LateFee = ["滞纳金", "逾期", "晚交", "迟交", "拖欠", "欠费", "欠了", "超期"];
    public static readonly string[] VisitorParking = ["停车", "停了", "停在", "临停", "临时停"];
    public static readonly string[] Registered = ["登记", "报备"];
    public static readonly string[] NotDone = ["没", "未", "不", "忘了", "忘记"];
    public static readonly string[] RenovationWaste = ["装修垃圾", "建筑垃圾", "清运"];
    public static readonly string[] ParkingRent = ["车位"];
    /// <summary>Words that ask for two fees summed: "两个加起来", "一共", "合计".</summary>
    public static readonly string[] Summed = ["加起来", "一共", "合计", "总共", "加在一起", "in total", "altogether", "together"];

    public static readonly string[] OwnedParking = ["产权车位", "车位管理费", "买的车位", "自己的车位", "自有车位"];
    public static readonly string[] HouseholdWaste = ["垃圾处理费", "生活垃圾费", "垃圾费"];
    public static readonly string[] EbikeCharging = ["充电"];
    public static readonly string[] Ebike = ["电动车", "电瓶车", "电单车", "电摩"];
    public static readonly string[] Price = ["多少钱", "收费", "要钱", "收钱", "收多少", "价格", "价钱", "几块", "多少块", "费用", "付费", "免费", "贵不贵"];
    public static readonly string[] Area = ["面积", "多大", "几平", "多少平", "平米", "平方", "户型"];

    /// <summary>The number of months a question asks about, from a duration entity or a period word; null when none is said.</summary>
    public static int? Months(ParsedQuestion question) =>
        (question.LastAskingSentence() is { } asked ? MonthsNamed(asked) : null) ?? MonthsNamed(question);

    private static int? MonthsNamed(ParsedQuestion question)
    {
        foreach (var duration in question.All(EntityTypes.Duration))
        {
            if (IsoDuration.TryParse(duration.Value, out var months, out var days, out var hours)
                && months > 0 && days == 0 && hours == 0 && months == decimal.Truncate(months)
                && !DescribesState(question, duration))
            {
                return (int)months;
            }
        }

        if (question.Mentions("半年", "half a year", "half-year", "half year", "six months", "6 months"))
        {
            return 6;
        }

        if (question.Mentions("季度", "每季", "一季", "个季", "按季", "quarter", "three months", "3 months"))
        {
            return question.Mentions("两个季度", "2个季度", "two quarters", "2 quarters") ? 6 : 3;
        }

        if (question.Mentions("全年", "一年", "每年", "年付", "整年", "年度", "包年", "年费", "一次租一年", "12个月", "十二个月", "full year", "whole year", "a year", "per year", "each year", "annual", "yearly", "12 months", "twelve months"))
        {
            return 12;
        }

        return question.Mentions("每月", "一个月", "每个月", "月租", "月费", "按月", "a month", "per month", "monthly", "each month") ? 1 : null;
    }

    /// <summary>"已经8个月了", "空了半年": a length of time describing the situation, not the period to pay for.</summary>
    private static bool DescribesState(ParsedQuestion question, RecognizedEntity duration) =>
        question.Before(duration, 3).Contains('已') || question.Before(duration, 2).EndsWith('了')
        || question.After(duration, 1) == "了" || question.Before(duration, 2).Contains('满');

    /// <summary>Chinese for a number of months: 每月, 一个季度, 半年, 一年, 5个月.</summary>
    public static string PeriodName(int months) => months switch
    {
        1 => "每月",
        3 => "一个季度",
        6 => "半年",
        12 => "一年",
        24 => "两年",
        _ => $"{months}个月",
    };

    /// <summary>The kind of premises named by a word (洋房, 商铺, 高层), when no room was given.</summary>
    public static BuildingKind? KindNamed(ParsedQuestion question) =>
        question.Mentions("洋房", "多层", "花园") ? BuildingKind.Garden
        : question.Mentions("商铺", "店铺", "铺面", "门面") ? BuildingKind.Shop
        : question.Mentions("高层") ? BuildingKind.HighRise
        : null;

    /// <summary>True when a cue word appears without a negation right before it (登记 but not 没登记).</summary>
    public static bool MentionsAffirmed(ParsedQuestion question, string[] words)
    {
        foreach (var word in words)
        {
            var at = question.Text.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var before = question.Text[Math.Max(0, at - 3)..at];
                if (!NotDone.Any(n => before.Contains(n, StringComparison.Ordinal)))
                {
                    return true;
                }

                at = question.Text.IndexOf(word, at + word.Length, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>True when a length of time follows the verb directly (停3小时, 充了8个小时): the verb says what is paid for.</summary>
    public static bool DurationRightAfter(ParsedQuestion question, string verb) =>
        question.All(EntityTypes.Duration).Any(d => question.Before(d, verb.Length + 1) is var before
            && (before.EndsWith(verb, StringComparison.Ordinal) || before == verb + "了"));

    private static readonly System.Text.RegularExpressions.Regex PropertyAndLift = new(
        "物业(?:服务|管理)?费?\\s*(?:加上|加|和|连同|连|跟|以及|及|与|\\+|＋|还有)\\s*电梯",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex UnitTypeWords = new(
        "(?<![0-9])(?<building>[1-9]|[一二三四五六七八九])\\s*(?:栋|号楼|幢|座)\\s*的?\\s*(?<position>0?[1-4]|[一二三四])\\s*(?:号)?\\s*(?:户型|户)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"物业加电梯费", "物业连电梯费": the property fee named by 物业 alone, joined to the lift fee.</summary>
    public static bool PropertyBesideLift(ParsedQuestion question) => PropertyAndLift.IsMatch(question.Text);

    /// <summary>"1栋的01户型", "3号楼02户": a unit type — a room position in a building — rather than a room.</summary>
    public static (int Building, int Position)? UnitType(ParsedQuestion question)
    {
        var m = UnitTypeWords.Match(question.Text);
        if (!m.Success)
        {
            return null;
        }

        static int Digit(string s) => char.IsAsciiDigit(s[^1]) ? s[^1] - '0' : "一二三四五六七八九".IndexOf(s[^1], StringComparison.Ordinal) + 1;
        return (Digit(m.Groups["building"].Value), Digit(m.Groups["position"].Value));
    }

    /// <summary>True when the lift fee is excluded (不算电梯费, 除了电梯费).</summary>
    public static bool LiftExcluded(ParsedQuestion question)
    {
        foreach (var word in LiftFee)
        {
            var at = question.Text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                var before = question.Text[Math.Max(0, at - 5)..at];
                return Excluding.Any(x => before.Contains(x, StringComparison.Ordinal));
            }
        }

        return false;
    }
}
