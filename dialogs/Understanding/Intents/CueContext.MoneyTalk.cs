using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 65's general-domain class: money talk in alarm words — "股市大出血 我的心也在滴血", "大盘高台跳水 吓死了", "my
/// portfolio is bleeding help", a credit card skimmed abroad, a car-insurance claim for last year's flood. Nothing of the
/// estate is named: nobody here can be sent.
/// </summary>
internal static partial class CueContext
{
    /// <summary>Markets, cards or insurance talked of, and nothing of the estate named.</summary>
    public static bool TalksOfMoneyElsewhere(string text) => MoneyTalk().IsMatch(text) && !NamesEstatePlace(text);

    [GeneratedRegex("股市|大盘|A股|美股|港股|股票|个股|基金|仓位|爆仓|割肉|抄底|涨停|跌停|币圈|比特币|信用卡|银行卡|盗刷|车险|理财|\\b(portfolio|stocks?|crypto|bitcoin|nasdaq|s&p)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyTalk();
}
