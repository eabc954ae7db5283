using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>The standard's "a loose part that has not fallen is public.urgent": something swaying up high, nothing down yet.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "阳台栏杆上放了个大花盆风一吹就在那晃来晃去的", "空调外机架子松了在晃": something loose up high that has not come down,
    /// has hurt nobody and has nobody named under it (with children below it stays an emergency).
    /// </summary>
    public static bool LooseNotYetFallen(string text) => SwayingUpHigh().IsMatch(text) && !AlreadyDownOrHurt().IsMatch(text);

    [GeneratedRegex("晃来晃去|晃晃悠悠|摇摇欲坠|摇摇晃晃|松动了|松了|快要掉|要掉下来|随时会掉|随时可能掉|悬在半空|吊在半空")]
    private static partial Regex SwayingUpHigh();

    [GeneratedRegex("(?<!还没|没有|没|未|还未)(掉下来了|掉下来|掉了|砸到|砸中|砸伤|砸在|砸了|落下来|摔下来)|受伤|流血|晕倒|被压|压到|困住|(?<!还)有人(掉|摔)|拿着|举着|手里|(下面|底下|下边)(就是|全是|都是|有|好多|很多|站着)[^，。,.!！?？]{0,6}(人|小孩|孩子|老人|学生)")]
    private static partial Regex AlreadyDownOrHurt();
}
