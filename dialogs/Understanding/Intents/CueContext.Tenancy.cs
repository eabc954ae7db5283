using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A landlord writing about the let flat ("Hi, I own 5-2-1201 but it's rented out. My tenant is moving out this Saturday",
/// "我是1503的房东，租客这周六要搬走", "我自己住2栋2单元1801，另外有套6栋1单元1202 rent出去了"): saying who writes, or a tenant moving in or out, with nothing wrong named, sends
/// nobody anywhere. A tenant named as the neighbour complained about ("楼上租客半夜拖东西") is no landlord writing.
/// </summary>
internal static partial class CueContext
{
    /// <summary>The landlord says who writes (and perhaps that a tenant moves), and names nothing wrong.</summary>
    public static bool LandlordWithNothingWrong(string text) =>
        (LandlordWrites().IsMatch(text) || (HasLatin(text) && LandlordWritesInEnglish().IsMatch(text)))
        && !SomethingWrong().IsMatch(text) && !Fault().IsMatch(text) && !(HasLatin(text) && FaultInEnglish().IsMatch(text));

    /// <summary>As <see cref="LandlordWithNothingWrong"/>, and a tenant moves in or out.</summary>
    public static bool LandlordOfATenantMoving(string text) =>
        LandlordWithNothingWrong(text) && (MovingWords().IsMatch(text) || (HasLatin(text) && MovingInEnglish().IsMatch(text)));

    [GeneratedRegex("我是[^，。,.!！?？]{0,14}房东|房子(已经|目前)?(租出去|出租)了|(我|我家)(那套|的房子)?[^，。,.!！?？]{0,6}(租|rent ?)(出去|给别人)了|(有|还有)一?套[^，。,.!！?？]{0,16}(租|rent ?)(出去|给别人)了", RegexOptions.IgnoreCase)]
    private static partial Regex LandlordWrites();

    [GeneratedRegex(@"\b(I own|I'm the owner of|I am the owner of)\b[^.!?]{0,60}\b(rent(ed)?|let)\b[^.!?]{0,12}\bout\b|\b(I'm|I am) the landlord\b|\blandlord of\b", RegexOptions.IgnoreCase)]
    private static partial Regex LandlordWritesInEnglish();

    [GeneratedRegex("搬走|搬出|搬家|搬进|搬来|入住|退租|到期")]
    private static partial Regex MovingWords();

    [GeneratedRegex(@"\b(mov(e|es|ed|ing) (out|in|away)|leav(e|es|ing)|lease (ends|is up)|new tenants?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MovingInEnglish();

    [GeneratedRegex("水|火|烟|味|电(?!话)|吵|声|响|漏|滴|坏|堵|困|伤|血|倒|摔|裂|塌|偷|撬|狗")]
    private static partial Regex SomethingWrong();

    [GeneratedRegex(@"\b(broken|leak\w*|block\w*|water|power|electric\w*|gas|not working|noise|noisy|loud|smell\w*|fire|smoke|alarm|flood\w*|burst|stuck|trapped|damage\w*|crack\w*|piano|party|music)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FaultInEnglish();
}
