using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// The words owners use for "the last four digits of my phone" (尾号, 后四位, 末四碼, last 4…), in one place for every reader
/// of them: the slot reader, the binding prompt and an introduction that carries them.
/// </summary>
public static partial class LastFourPhrases
{
    /// <summary>A regex alternation of the words (Simplified and Traditional; English in lower case).</summary>
    public const string Words = "后四位|後四位|后4位|後4位|尾号|尾號|尾数|尾數|末四位|末四码|末四碼|尾四位|尾四码|后四码|後四碼|最后四位|最後四位|后面四位|last four|last 4";

    /// <summary>The message without its "尾号3111" ("4栋2单元1203 尾号3111" → "4栋2单元1203 "): what else it says.</summary>
    public static string Without(string text) => SaidWithDigits().Replace(text ?? "", "");

    [GeneratedRegex(@"(?:(?:手机|电话)(?:号码?)?|(?i:phone\s*))?(?:" + Words + @")\s*(?:是|係|:|：)?\s*\d{4}(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SaidWithDigits();
}
