using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Paper offerings and incense burnt for the dead: smoke and ash a custom leaves, a neighbour's matter unless the fire spreads.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "楼梯间这几天晚上老有人烧纸钱…一股焦糊味", "日日喺門口燒香，啲煙湧晒入嚟", "keeps burning joss paper in the
    /// corridor": offerings burnt, nothing caught — unless the fire has spread beyond them ("烧到窗帘了", "草着了").
    /// </summary>
    public static bool OfferingsBurntOnly(string text) => Offerings().IsMatch(text) && !FireSpread().IsMatch(text);

    /// <summary>A gas cue ("燃气味", "瓦斯味") is never explained away by incense burning beside it.</summary>
    private static bool IsGasCue(string cue) => GasWord().IsMatch(cue);

    [GeneratedRegex("燃气|煤气|天然气|瓦斯|液化|沼气|(?i:gas)")]
    private static partial Regex GasWord();

    [GeneratedRegex("烧纸|纸钱|冥币|冥纸|元宝|金银纸|烧衣服|烧香|上香|点香|香烛|香炉|燒紙|燒香|燒衣|(?i:joss|incense|paper offerings|spirit money)")]
    private static partial Regex Offerings();

    [GeneratedRegex("(烧|燒)(到|着|著|起来|起來)|(火星|火苗)[^。.!！?？]{0,6}(飘到|落到|溅到|掉到)|引燃|点着了|(着|著)起来|火苗(窜|竄|蹿)|窜到|蔓延|火(越来越|很)大|(?<!防)火灾|(?i:caught fire|spread|on fire)")]
    private static partial Regex FireSpread();
}
