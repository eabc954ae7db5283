using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 97: someone lying outdoors in the freezing cold ("石凳子上躺着个流浪汉…穿得很少，外面在下雪"); a child not home at night
/// and unreachable ("孩子还没回家…打电话手表也不接"), or a parent with dementia not back from a walk. Read in its context by <see cref="CueContext"/>.
/// </summary>
internal static partial class SafetyCues
{
    private const string SomeoneOutside = "(老人|老头|老太|老大爷|流浪汉|醉汉|有人|有个人|一个人|男的|女的|大爷|大妈|大叔|阿姨)";

    private const string Freezing = "(零下|下雪|在下雪|下着雪|结冰|冻(得|僵|坏)|很冷|好冷|太冷|穿得(很|太|特别)?少)";

    /// <summary>"凉亭那边有个老人躺在长椅上…零下好几度", "石凳子上躺着个流浪汉…外面在下雪": a person lying outside in the cold.</summary>
    [GeneratedRegex("(" + SomeoneOutside + "[^。.!！?？]{0,12}(躺|睡|倒|趴|蜷)(在|着)|(躺|睡|倒|趴|蜷)着(个|一个|了个|了一个)?" + SomeoneOutside + ")(?=[\\s\\S]{0,40}" + Freezing + ")")]
    private static partial Regex LyingOutInTheCold();

    /// <summary>
    /// "孩子还没回家…打电话手表也不接", "孩子九点半还没回来…电话关机": a child not home and unreachable (the match is the child, so the
    /// 没 of 没回来 reads as no denial).
    /// </summary>
    [GeneratedRegex("(孩子|儿子|女儿|小孩|娃|闺女)(?=[^。.!！?？]{0,8}(还)?没(回家|回来)[\\s\\S]{0,40}(电话|手表|手机)[^。.!！?？]{0,6}(不接|关机|打不通|没人接|联系不上))")]
    private static partial Regex ChildNotHomeAndUnreachable();

    /// <summary>"我妈有点老年痴呆…到现在十点多还没回来": someone with dementia not back.</summary>
    [GeneratedRegex("(老年痴呆|痴呆|阿尔茨海默|失智|认知障碍)(?=[^。.!！?？]{0,40}(还没回|没回来|找不到|不见了|走丢))")]
    private static partial Regex DementiaNotBack();
}
