namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// The words owners use for "the last four digits of my phone" (尾号, 后四位, 末四碼, last 4…), in one place for every reader
/// of them: the slot reader, the binding prompt and an introduction that carries them.
/// </summary>
public static class LastFourPhrases
{
    /// <summary>A regex alternation of the words (Simplified and Traditional; English in lower case).</summary>
    public const string Words = "后四位|後四位|后4位|後4位|尾号|尾號|尾数|尾數|末四位|末四码|末四碼|尾四位|尾四码|后四码|後四碼|最后四位|最後四位|后面四位|last four|last 4";
}
