using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 48's classes of alarm words that report nothing happening: the matter the writer asked about in a complaint
/// ("我问个停水的事她直接挂我电话"), water a worker left on the floor ("修完空调就走了，地上全是水和灰也不收拾"), and standing
/// water that breeds mosquitoes ("一大堆积水的花盆，蚊子全飞我家来了").
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the cue only names the matter asked or told about ("问个停水的事", "反映漏水的问题").</summary>
    private static bool MatterAskedAbout(string text, int index, int length)
    {
        var start = ClauseStart(text, index);
        var after = text.AsSpan(index + length, Math.Min(4, text.Length - index - length));
        return AskedOrTold().IsMatch(text.AsSpan(start, index - start)) && TheMatter().IsMatch(after);
    }

    [GeneratedRegex("(问|咨询|打听|反映|说|聊)(了|过)?(个|一下|下|一个|那个|这个)?[^，。,.!！?？]{0,3}$")]
    private static partial Regex AskedOrTold();

    [GeneratedRegex("^(的事|的事情|的问题|的情况|那事|这事)")]
    private static partial Regex TheMatter();

    /// <summary>True when the water is what a worker left behind and did not clean up, not a leak.</summary>
    private static bool MessLeftBehind(string text) => WorkDoneAndGone().IsMatch(text) && NotCleanedUp().IsMatch(text);

    [GeneratedRegex("(修|装|干|弄|拆|换|做)完[^。.!！?？]{0,6}(就走|走了|拍拍屁股)|走的时候|走之前")]
    private static partial Regex WorkDoneAndGone();

    [GeneratedRegex("不收拾|没收拾|也不收拾|不打扫|没打扫|不清理|没清理|不擦|没擦|也不管")]
    private static partial Regex NotCleanedUp();

    /// <summary>True when the standing water is in pots, tubs or tyres where mosquitoes breed, with no flooded place of the estate.</summary>
    private static bool MosquitoWater(string text) => WaterInContainers().IsMatch(text) && Mosquitoes().IsMatch(text) && !FloodedPlace().IsMatch(text);

    [GeneratedRegex("积水的[^，。,.!！?？]{0,4}(盆|桶|罐|瓶|轮胎|缸|盒)|(盆|桶|罐|瓶|轮胎|缸|盒|托盘)(子)?(里|里面|里头)?[^，。,.!！?？]{0,3}积水")]
    private static partial Regex WaterInContainers();

    [GeneratedRegex("蚊子|蚊虫|孑孓|跟头虫|滋生|mosquito", RegexOptions.IgnoreCase)]
    private static partial Regex Mosquitoes();

    [GeneratedRegex("(车库|地库|大堂|电梯|楼道|楼梯|家里|屋里|配电)[^，。,.!！?？]{0,6}(积水|淹|进水)")]
    private static partial Regex FloodedPlace();
}
