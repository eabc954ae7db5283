using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Rounds 70 and 71's classes: a baby gone blue or limp; smoke seen while the evacuation alarm sounds; anaphylaxis told
/// in English. (Their other cues widened the classes that already had them: water into a live fitting, WaterIntoALamp;
/// current still live after a shock, and someone knocked down by it, ShockThatLasts; a throat closing with an allergy,
/// AllergyClosingTheThroat; insecticide in the eyes, ChemicalInTheEyes.)
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"宝宝发紫不会哭", "娃儿吃奶吃到一半突然不动了，软塌塌的": a baby gone blue or limp (not a baby's toy or swing).</summary>
    [GeneratedRegex("(宝宝|婴儿|娃儿|娃娃|新生儿|小宝|bb)[^。.!！?？]{0,10}(发紫|发青|紫了|青了|憋紫|憋青)[^。.!！?？]{0,8}(不会哭|哭不出|不哭|没声|不动|没反应|快)|(宝宝|婴儿|娃儿|娃娃|新生儿|小宝)(?:(?!玩具|车|手机|平板|电池|摇|机|灯|风扇)[^。.!！?？]){0,16}(突然|一下子|忽然)[^。.!！?？]{0,3}(不动了|软塌塌|软绵绵|瘫软|软了)", RegexOptions.IgnoreCase)]
    private static partial Regex BabyGoneBlueOrLimp();

    /// <summary>"消防广播在喊疏散…我已经看到烟了": smoke seen while the evacuation alarm sounds.</summary>
    [GeneratedRegex("(疏散|消防广播|火警|警铃)[^。]{0,40}(已经|都)?(看到|看见|闻到)(了)?[^，。,.!！?？]{0,4}(烟|火)(?!花)|(看到|看见)(了)?[^，。,.!！?？]{0,4}(浓烟|烟|火光)[^。]{0,30}(疏散|消防广播|火警|警铃)")]
    private static partial Regex SmokeSeenWhileTheAlarmSounds();

    /// <summary>"my son is in anaphylaxis, EpiPen given and still wheezing": anaphylaxis now, told in English.</summary>
    [GeneratedRegex(@"(?<![a-z])(anaphyla[a-z]*|allergic reaction)(?![a-z])[^.!?]{0,60}(?<![a-z])(epi-?pen|still|now|can'?t breathe|wheez[a-z]*|swell[a-z]*|throat|喘|呼吸|肿)(?![a-z])|(?<![a-z])epi-?pen(?![a-z])[^.!?]{0,40}((?<![a-z])(still|not working|again)(?![a-z])|还是喘|还喘|没用)", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphylaxisInEnglish();
}
