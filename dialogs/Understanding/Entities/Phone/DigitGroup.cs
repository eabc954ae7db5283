namespace ConciergeBot.Dialogs.Understanding.Entities.Phone;

/// <summary>
/// One run of digits in a phone-like sequence: digits at <c>[Start, End)</c>, brackets included at
/// <c>[OuterStart, OuterEnd)</c> ("(0755)", "(+45)"), and the separator before it (' ', '-', '/', '.', ')';
/// '\0' for the first group).
/// </summary>
internal readonly record struct DigitGroup(int Start, int End, char SeparatorBefore, int OuterStart, int OuterEnd)
{
    public int Length => End - Start;

    public bool Parenthesised => OuterStart != Start || OuterEnd != End;
}
