namespace ConciergeBot.Dialogs.Understanding.Entities.Phone;

/// <summary>One run of digits in a phone-like sequence: <c>[Start, End)</c> in the text, and the separator before it
/// (' ', '-', '/', '.', ')' …; '\0' for the first group).</summary>
internal readonly record struct DigitGroup(int Start, int End, char SeparatorBefore, bool Parenthesised)
{
    public int Length => End - Start;
}
