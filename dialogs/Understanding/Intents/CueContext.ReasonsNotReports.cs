using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Alarm words that give a reason or a state rather than report danger: an injury that is why the owner asks for an
/// errand ("我腿受伤了 帮我订份午饭送上楼"), a fire alarm ringing with no fire ("半夜火警铃乱响 冇火 吵到瞓唔着").
/// </summary>
internal static partial class CueContext
{
    /// <summary>The cue is an injury, the message asks for something to be fetched, bought, changed or carried, and nothing is acute.</summary>
    private static bool InjuryAsTheReasonForAnErrand(string text, int index, int length) =>
        InjuryWord().IsMatch(text.AsSpan(index, length)) && Errand().IsMatch(text) && !Acute().IsMatch(text);

    /// <summary>The cue is an alarm, and the owner says there is no fire, or that it rings for nothing.</summary>
    private static bool AlarmWithNoFire(string text, int index, int length) =>
        AlarmWord().IsMatch(text.AsSpan(index, length)) && NoFire().IsMatch(text);

    [GeneratedRegex("受伤|扭伤|伤了|摔伤")]
    private static partial Regex InjuryWord();

    [GeneratedRegex("(帮我|帮忙|能不能|可不可以|可以|能否|麻烦)[^。.!！?？]{0,12}(送|拿|取|订|买|换|搬|装|扛|提|带)|够不着|(送|拿|搬|扛)上(楼|来)")]
    private static partial Regex Errand();

    [GeneratedRegex("流血|出血|血|骨折|断了|晕|昏|起不来|动不了|不能动|疼得|痛得|快来|马上|救|120|摔倒|倒在|没反应")]
    private static partial Regex Acute();

    [GeneratedRegex("火警|警报|警铃|烟感|报警")]
    private static partial Regex AlarmWord();

    [GeneratedRegex("冇火|没(有)?(着|起)?火|无火|没(有)?烟|冇烟|no fire|误报|乱响|无啦啦|测试")]
    private static partial Regex NoFire();
}
