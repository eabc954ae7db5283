using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Severity of a staff complaint: <c>serious</c> for abuse, violence, threats, harassment, bribes or repeated
/// conduct (the explicit lexicon below), otherwise the corpus-trained model decides.
/// </summary>
internal static partial class StaffSeverity
{
    public static bool HasSeriousCue(string text)
    {
        for (var m = SeriousCue().Match(text); m.Success; m = m.NextMatch())
        {
            if (!CueContext.IsNegated(text, m.Index))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("骂|爆粗|脏话|粗口|侮辱|辱骂|打人|打我|打了我|打伤|动手|推我|推了|推搡|推倒|踢|威胁|恐吓|吓唬|报复|收拾我|弄我|好看|骚扰|动手动脚|红包|好处费|刁民|暴力|再次|第[二三四五六两2-9](次|回)|[两二三3-9]次(放鸽子|爽约|没来|不来|失约|都这样)|多次|屡次|好几次|好几回|一而再|不是第一次|投诉过|又一次|一直这样|每次都这样|回回都|次次都|abus|threat|hit me|push", RegexOptions.IgnoreCase)]
    private static partial Regex SeriousCue();
}
