using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>What comes over the fence: a building site, road or metro works, a bar street — no owner's behaviour.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "隔壁工地晚上十一点还在打桩", "the construction site next door started piling at 6am", "酒吧街的音乐吵到半夜": a nuisance
    /// from outside the estate is the standard's other complaint (the estate takes it up with them), not a neighbour's.
    /// </summary>
    public static bool NuisanceFromBeyondTheFence(string text)
    {
        if (!BeyondTheFence().IsMatch(text) || !FenceNuisance().IsMatch(text) || WorksLeftAHazard().IsMatch(text))
        {
            return false;
        }

        // "隔壁工地": the site next door, not the neighbours.
        var withoutTheSite = OwnAddress().Replace(NextDoorSite().Replace(text, "工地"), "");
        return !NamesANeighbour(withoutTheSite) && !OwnersWork().IsMatch(text) && !AtHome().IsMatch(withoutTheSite);
    }

    /// <summary>"井盖被修路的弄没了", "挖了一个大坑，没围挡": works that left a danger are the public fault, not a nuisance.</summary>
    [GeneratedRegex("井盖|井口|坑|围挡|倒了|塌|掉下去|绊倒|砸|电线|漏电|着火|冒烟")]
    private static partial Regex WorksLeftAHazard();

    /// <summary>The writer's own address ("…，5栋2单元803", "我住3栋1202"): not the household complained of.</summary>
    [GeneratedRegex(@"(我家|我住在?|我是)[^，。,.!！?？]{0,8}[0-9]{3,4}|[0-9一二三四五六七八九]\s*栋\s*[0-9]\s*单元\s*[0-9]{3,4}\W*$")]
    private static partial Regex OwnAddress();

    [GeneratedRegex("(隔壁|旁边|对面|边上)(的)?(那个)?(工地|酒吧)")]
    private static partial Regex NextDoorSite();

    [GeneratedRegex("在家|家里|(?<![0-9])[Ss]?[0-9]{3,4}(?![0-9])")]
    private static partial Regex AtHome();

    [GeneratedRegex(@"吵|噪音|噪声|打桩|咚咚|轰轰|震|灰|尘|味|臭|音乐|低音炮|半夜|凌晨|睡不着|\b(noise|noisy|loud|dust|smell|music|bass|piling|night|midnight|6 ?am|sleep)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FenceNuisance();

    [GeneratedRegex(@"工地|施工方|施工队|打桩机|地铁(施工|工地|站工地)|修地铁|修路|道路施工|市政施工|搅拌车|渣土车|酒吧|夜市|大排档|烧烤摊|\b(construction site|building site|roadworks|road works|metro works|piling|the bars?|bar street)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeyondTheFence();

    /// <summary>An owner's own renovation crew (楼上装修的工人, 1202的施工队) stays the neighbour's.</summary>
    [GeneratedRegex("装修|(楼上|楼下|隔壁|对门)(的|那家|那户)?(施工队|工人)")]
    private static partial Regex OwnersWork();
}
